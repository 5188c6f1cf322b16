#include "runs/runreplayer.h"

#include "config/agentsettings.h"
#include "config/agentsettingsstore.h"
#include "config/instructionversions.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/llmprovider.h"
#include "llm/llmproviderfactory.h"
#include "prompts/agentprompt.h"
#include "prompts/promptinstructions.h"
#include "runs/modelconversation.h"
#include "runs/recordedrun.h"
#include "runs/runclaim.h"
#include "runs/runrecord.h"
#include "tools/tooldefinitions.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Phase = RunControl::Progress::Phase;

namespace {

// Everything read before the model is asked, and the replay's own run row.
struct Start
{
    RecordedRun original;
    QString runId;
    QString systemPrompt; // as it will be sent
    QList<LlmToolSpec> tools;
    AgentSettings settings; // today's: the configured provider, its base URL, the temperature
    ContextRequest request; // today's staff scope and AI system user, for the tools' checks
    QDateTime startedAt;
};

DbError unreplayable(const QString &sentence)
{
    return DbError(DbError::Kind::Usage, sentence);
}

// The recorded system prompt, with the chosen version's instructions when one is chosen.
QString systemPromptFor(SqlSession &s, const RecordedRun &run, std::optional<int> version)
{
    if (!version)
        return run.systemPrompt;
    const QList<InstructionVersions::Version> history = InstructionVersions::history(s, run.agent);
    const auto chosen = std::ranges::find(history, *version, &InstructionVersions::Version::number);
    if (chosen == history.end())
        throw unreplayable(
            u"The %1 has no instruction version %2."_s.arg(Agents::displayName(run.agent)).arg(*version));
    const std::optional<QString> swapped =
        PromptInstructions::withInstructions(run.systemPrompt, AgentPrompt::responseFormat(run.agent), chosen->text);
    if (!swapped)
        throw unreplayable(u"The prompt of run %1 was recorded by an older version of Mentats and its instructions "
                           "cannot be swapped: replay it without choosing an instruction version."_s.arg(run.id));
    return *swapped;
}

// What the worker needs of the options (not the caller's callbacks and token, which stay on the caller's thread).
struct Request
{
    QString runId;
    std::optional<int> instructionVersion;
    QString requestedBy;
    QString host;
};

Start begin(SqlSession &s, const Request &options, const std::shared_ptr<const Clock> &clock,
            const ToolExecutor &executor)
{
    Start start;
    start.original = RecordedRun::load(s, options.runId);
    const RecordedRun &run = start.original;
    if (run.status == RunStatus::Skipped)
        throw unreplayable(
            u"The run %1 was skipped (%2): the model was never asked, so there is nothing to replay."_s.arg(
                run.id, run.reason));
    if (run.status == RunStatus::Running)
        throw unreplayable(u"The run %1 is still running: replay it once it has finished."_s.arg(run.id));
    if (run.systemPrompt.isEmpty() || run.userMessage.isEmpty())
        throw unreplayable(u"The run %1 has no recorded prompt (it ended before the model was asked), so it cannot be "
                           "replayed."_s.arg(run.id));
    start.systemPrompt = systemPromptFor(s, run, options.instructionVersion);
    // Runs recorded before their tools were (migration 0012) get today's tools.
    start.tools = run.tools.is_null() ? executor.specsFor(run.agent) : ToolDefinitions::fromJson(run.tools);
    start.settings = AgentSettingsStore::load(s, run.agent);
    start.request = ContextRequestLoader::load(s, run.agent, clock);
    start.startedAt = clock->nowUtc();
    // Last, once nothing can refuse the replay any more: its run row.
    start.runId = RunClaim::claim(s, run.agent, RunClaim::Trigger::DryRun, start.startedAt, {}, options.host,
                                  options.requestedBy, run.id)
                      ->runId;
    return start;
}

} // namespace

struct RunReplayer::Impl
{
    Impl(ConnectionSettings settings, std::shared_ptr<const Clock> c, QNetworkAccessManager *n)
        : db(std::move(settings), 1), clock(std::move(c)), network(n), executor(ToolRegistry::all())
    {}
    Database db;
    std::shared_ptr<const Clock> clock;
    QNetworkAccessManager *network;
    ToolExecutor executor;
};

RunReplayer::RunReplayer(ConnectionSettings settings, std::shared_ptr<const Clock> clock,
                         QNetworkAccessManager *network)
    : d(std::make_shared<Impl>(std::move(settings), std::move(clock), network))
{}

RunReplayer::~RunReplayer() = default;

QCoro::Task<RunResult> RunReplayer::replay(ReplayOptions options)
{
    const std::shared_ptr<Impl> keepAlive = d; // until the replay has recorded itself
    Impl *impl = keepAlive.get();
    const Request request{options.runId, options.instructionVersion, options.requestedBy,
                          options.host.isEmpty() ? QHostInfo::localHostName() : options.host};
    options.control.report(Phase::AssemblingContext);
    QFuture<Start> starting =
        impl->db.run([impl, request](SqlSession &s) { return begin(s, request, impl->clock, impl->executor); });
    Start start = co_await starting;
    const RecordedRun &original = start.original;
    const Agent agent = original.agent;

    RunResult result;
    result.runId = start.runId;
    std::shared_ptr<LlmProvider> provider = options.llm;
    if (!provider) {
        const bool configured = options.provider.isEmpty();
        const QString name = configured ? start.settings.provider : options.provider;
        const QString key = options.apiKey ? options.apiKey(agent, name) : QString();
        LlmProviderChoice choice = LlmProviderFactory::create(
            {name, configured ? start.settings.baseUrl : options.baseUrl, key}, impl->network);
        if (!choice.notice.isEmpty())
            qCInfo(lcRuns) << "replay of" << original.id << choice.notice;
        result.notice = choice.notice;
        provider = std::move(choice.provider);
    }
    result.provider = provider->displayName();
    result.model = options.model.isEmpty() ? original.model : options.model;

    const json context = original.context.is_object() ? original.context : json::object();
    const json summary = original.contextSummary.is_object() ? original.contextSummary : json::object();
    ModelConversation::Setup setup;
    setup.request.model = result.model;
    setup.request.system = {LlmSystemBlock{start.systemPrompt, true}};
    setup.request.messages = {LlmMessage::user(original.userMessage)};
    setup.request.tools = start.tools;
    setup.request.temperature = start.settings.temperature;
    setup.request.context = context;
    setup.toolContext = {start.runId, agent, true, start.request.aiSystemUserId, &start.request};
    setup.log = {start.startedAt, summary, summary.value("tokens", 0), {}};
    setup.maxRounds = options.maxRounds;
    setup.control = options.control;
    QCoro::Task<ModelConversation::Outcome> talking =
        ModelConversation::run(impl->db, impl->executor, *provider, std::move(setup));
    const ModelConversation::Outcome talked = co_await talking;

    result.conclude(talked, options.requestedBy, *provider);
    options.control.report(Phase::Recording);
    const RunRecord record{result.status,
                           result.reason,
                           true,
                           result.provider,
                           result.model,
                           summary,
                           context,
                           start.systemPrompt,
                           original.userMessage,
                           talked.rounds,
                           result.usage,
                           result.cost,
                           ToolDefinitions::toJson(start.tools)};
    const bool observe = result.status == RunStatus::Completed && !talked.anyCall;
    QFuture<void> recorded =
        impl->db.run([record, start, observe, lastText = talked.lastText, clock = impl->clock](SqlSession &s) {
            const QDateTime now = clock->nowUtc();
            if (observe)
                RunRecord::logObservation(s, start.original.agent, start.runId, start.startedAt, record.contextSummary,
                                          record.contextSummary.value("tokens", 0), lastText,
                                          record.usage.totalInputTokens() + record.usage.outputTokens, now);
            record.save(s, start.runId, now);
        });
    co_await recorded;
    if (observe)
        ++result.actionsLogged;
    co_return result;
}
