#include "prompts/agentprompt.h"

#include "prompts/officemanagerprompt.h"
#include "prompts/revenueoptimizerprompt.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// Modules that steer rather than describe: they belong with the standing instructions.
bool isGuidance(const QString &moduleId)
{
    return moduleId == u"policy"_s || moduleId == u"memory"_s;
}

} // namespace

AgentPrompt AgentPrompt::build(Agent agent, const AgentPromptSettings &settings, const AssembledContext &context,
                               const BusinessCalendar &calendar)
{
    AgentPrompt prompt;
    prompt.system << LlmSystemBlock{agent == Agent::OfficeManager ? OfficeManagerPrompt::base(settings)
                                                                  : RevenueOptimizerPrompt::base(settings),
                                    true};
    QStringList guidance;
    QStringList state;
    for (const ContextModule &module : context.modules)
        (isGuidance(module.moduleId) ? guidance : state) << module.prompt;
    if (!guidance.isEmpty())
        prompt.system << LlmSystemBlock{guidance.join(u"\n\n"_s), true};

    const QDateTime now = calendar.nowLocal();
    QStringList user;
    user << u"Now: %1 (%2)."_s.arg(QLocale::c().toString(now, u"dddd d MMMM yyyy, HH:mm"_s),
                                   QString::fromUtf8(calendar.zone().id()));
    if (!context.omitted.isEmpty()) {
        QStringList left;
        for (const AssembledContext::Omission &o : context.omitted)
            left << o.moduleId;
        user << u"(Not shown this time: %1.)"_s.arg(left.join(u", "_s));
    }
    user << state;
    prompt.userMessage = user.join(u"\n\n"_s);
    return prompt;
}

QString AgentPrompt::responseFormat(Agent agent)
{
    return agent == Agent::OfficeManager ? OfficeManagerPrompt::responseFormat()
                                         : RevenueOptimizerPrompt::responseFormat();
}

QString AgentPrompt::systemText() const
{
    QStringList parts;
    for (const LlmSystemBlock &block : system)
        parts << block.text;
    return parts.join(u"\n\n"_s);
}
