#include "runs/runask.h"

#include "core/logging.h"
#include "llm/llmproviderfactory.h"
#include "tools/toolexecutor.h"

#include <algorithm>

RunAsk::Answerer RunAsk::choose(const RunOptions &options, const AgentSettings &config, QNetworkAccessManager *network)
{
    Answerer answerer;
    answerer.provider = options.provider;
    if (!answerer.provider) {
        const QString key = options.apiKey ? options.apiKey(options.agent, config.provider) : QString();
        LlmProviderChoice choice = LlmProviderFactory::create({config.provider, config.baseUrl, key}, network);
        if (!choice.notice.isEmpty())
            qCInfo(lcRuns) << choice.notice;
        answerer.notice = choice.notice;
        answerer.provider = std::move(choice.provider);
    }
    answerer.model = options.model.isEmpty() ? config.model : options.model;
    return answerer;
}

ModelConversation::Setup RunAsk::conversation(const PreparedRun &prepared, const RunOptions &options,
                                              const ToolExecutor &executor, const QString &model, int call)
{
    const Agent agent = options.agent;
    const QList<AssembledContext> calls = prepared.context.calls();
    const AssembledContext &context = calls.value(call, prepared.context);
    const AgentPrompt &prompt = prepared.callPrompts.isEmpty() ? prepared.prompt : prepared.callPrompts.at(call);
    ModelConversation::Setup setup;
    setup.request.model = model;
    setup.request.system = prompt.system;
    setup.request.messages = {LlmMessage::user(prompt.userMessage)};
    setup.request.tools = executor.specsFor(agent);
    setup.request.temperature = prepared.config.temperature;
    setup.request.context = context.structured();
    setup.toolContext = {prepared.runId, agent, prepared.dryRun, prepared.request.aiSystemUserId, &prepared.request};
    setup.log = {prepared.startedAt, context.summary(), context.totalTokens(), {}};
    setup.maxRounds = options.maxRounds;
    // A live run re-reads the kill switch between rounds; a dry run changes nothing, so it may finish.
    setup.watchKillSwitch = !prepared.dryRun;
    setup.control = options.control;
    return setup;
}

int RunAsk::callCount(const PreparedRun &prepared)
{
    return std::max(1, int(prepared.context.calls().size()));
}
