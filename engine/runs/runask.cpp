#include "runs/runask.h"

#include "core/logging.h"
#include "llm/llmproviderfactory.h"
#include "tools/toolexecutor.h"

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
                                              const ToolExecutor &executor, const QString &model)
{
    const Agent agent = options.agent;
    ModelConversation::Setup setup;
    setup.request.model = model;
    setup.request.system = prepared.prompt.system;
    setup.request.messages = {LlmMessage::user(prepared.prompt.userMessage)};
    setup.request.tools = executor.specsFor(agent);
    setup.request.temperature = prepared.config.temperature;
    setup.request.context = prepared.context.structured();
    setup.toolContext = {prepared.runId, agent, prepared.dryRun, prepared.request.aiSystemUserId, &prepared.request};
    setup.log = {prepared.startedAt, prepared.context.summary(), prepared.context.totalTokens(), {}};
    setup.maxRounds = options.maxRounds;
    // A live run re-reads the kill switch between rounds; a dry run changes nothing, so it may finish.
    setup.watchKillSwitch = !prepared.dryRun;
    setup.control = options.control;
    return setup;
}
