#include "tools/flagformanagertool.h"

#include "db/sqlsession.h"
#include "tools/managers.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString FlagForManagerTool::name() const
{
    return u"flag_for_manager"_s;
}

QString FlagForManagerTool::description() const
{
    return u"Bring something to the managers' attention instead of acting on it yourself: say what, and whom or what "
           "it concerns. Use it for a task 3+ hours overdue with no response, or anything unusual."_s;
}

json FlagForManagerTool::parameters() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"reason",
           {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}, {"description", "What needs a manager."}}},
          {"relatedUserId",
           {{"type", "string"}, {"format", "uuid"}, {"description", "The person it concerns, if any."}}},
          {"relatedEntityType", {{"type", "string"}, {"enum", {"task", "purchase", "withdrawal", "shift", "other"}}}},
          {"relatedEntityId", {{"type", "string"}, {"format", "uuid"}}}}},
        {"required", {"reason"}},
        {"additionalProperties", false}};
}

QString FlagForManagerTool::targetUserId(const json &arguments) const
{
    return stringArgument(arguments, "relatedUserId");
}

QStringList FlagForManagerTool::checkBusinessRules(SqlSession &session, const json &arguments,
                                                   const ToolContext &context) const
{
    QStringList problems = Tool::checkBusinessRules(session, arguments, context);
    if (Managers::active(session, context.aiSystemUserId).isEmpty())
        problems << u"There is no active admin or manager to flag this to."_s;
    return problems;
}

ToolEffect FlagForManagerTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString reason = QString::fromStdString(arguments.at("reason").get<std::string>());
    QString text = u"For a manager, from the Office Manager: "_s + reason;
    const QString about = targetUserId(arguments);
    if (!about.isEmpty())
        text +=
            u" (about %1)"_s.arg(session.scalar(u"SELECT name FROM users WHERE id = ?::uuid"_s, {about}).toString());
    ToolEffect effect;
    effect.targetUserId = about;
    const Managers::Delivery delivery =
        Managers::message(session, context.aiSystemUserId, text, u"Flagged for a manager"_s);
    effect.createdMessageId = delivery.firstMessageId;
    effect.result = {{"recipients", delivery.recipients}, {"reason", reason.toStdString()}};
    if (arguments.contains("relatedEntityType"))
        effect.result["relatedEntityType"] = arguments["relatedEntityType"];
    if (arguments.contains("relatedEntityId"))
        effect.result["relatedEntityId"] = arguments["relatedEntityId"];
    return effect;
}

QString FlagForManagerTool::formatResult(const ToolEffect &effect) const
{
    return u"Flagged to %1 manager(s)."_s.arg(effect.result["recipients"].size());
}
