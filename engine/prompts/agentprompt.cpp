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
    if (context.isSplit()) {
        // The record's and the inspector's view of a split run: the shared system prompt, every call's message.
        const QList<AgentPrompt> calls = forCalls(agent, settings, context, calendar);
        AgentPrompt whole = calls.front();
        QStringList messages;
        for (qsizetype i = 0; i < calls.size(); ++i)
            messages << u"──── call %1 of %2 ────\n\n%3"_s.arg(QString::number(i + 1), QString::number(calls.size()),
                                                               calls[i].userMessage);
        whole.userMessage = messages.join(u"\n\n"_s);
        return whole;
    }
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
    if (context.partCount > 1)
        user << u"So much needs attention that this run is split into %1 calls. This is call %2, covering: %3. "
                "The other calls cover the rest: act only on what is shown here."_s.arg(
                    QString::number(context.partCount), QString::number(context.partIndex + 1), context.partLabel);
    if (!context.omitted.isEmpty()) {
        QStringList left;
        for (const AssembledContext::Omission &o : context.omitted)
            left << (o.attentionItems > 0 ? u"%1 attention items"_s.arg(o.attentionItems) : o.moduleId);
        user << u"(Not shown this time: %1.)"_s.arg(left.join(u", "_s));
    }
    user << state;
    prompt.userMessage = user.join(u"\n\n"_s);
    return prompt;
}

QList<AgentPrompt> AgentPrompt::forCalls(Agent agent, const AgentPromptSettings &settings,
                                         const AssembledContext &context, const BusinessCalendar &calendar)
{
    QList<AgentPrompt> prompts;
    for (const AssembledContext &call : context.calls())
        prompts << build(agent, settings, call, calendar);
    return prompts;
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
