#include "tools/toolregistry.h"

#include "tools/createtasktool.h"
#include "tools/draftreporttool.h"
#include "tools/flagformanagertool.h"
#include "tools/proposekpithresholdstool.h"
#include "tools/senddirectmessagetool.h"
#include "tools/sendnotificationtool.h"
#include "tools/updatepolicytool.h"
#include "tools/writememorytool.h"

#include <algorithm>

namespace {

QList<std::shared_ptr<const Tool>> &registered()
{
    static QList<std::shared_ptr<const Tool>> tools = {
        std::make_shared<SendDirectMessageTool>(), std::make_shared<SendNotificationTool>(),
        std::make_shared<CreateTaskTool>(),        std::make_shared<FlagForManagerTool>(),
        std::make_shared<WriteMemoryTool>(),       std::make_shared<UpdatePolicyTool>(),
        std::make_shared<DraftReportTool>(),       std::make_shared<ProposeKpiThresholdsTool>(),
    };
    return tools;
}

} // namespace

const QList<std::shared_ptr<const Tool>> &ToolRegistry::all()
{
    return registered();
}

bool ToolRegistry::add(std::shared_ptr<const Tool> tool)
{
    if (std::ranges::any_of(
            registered(), [&tool](const auto &t) { return t->name() == tool->name() && t->agent() == tool->agent(); }))
        return false;
    registered() << std::move(tool);
    return true;
}
