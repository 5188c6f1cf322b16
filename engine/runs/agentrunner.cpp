#include "runs/agentrunner.h"

#include "config/agentsettings.h"
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/anthropicbatchclient.h"
#include "llm/anthropicprovider.h"
#include "llm/llmerror.h"
#include "llm/pricetable.h"
#include "prompts/agentprompt.h"
#include "runs/modelconversation.h"
#include "runs/pendingbatches.h"
#include "runs/runbudget.h"
#include "runs/runrecord.h"
#include "tools/tooldefinitions.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// How long a run a manager asked for waits for the agent's lock before it is skipped as overlapping another: longer
// than the scheduler's housekeeping holds it, far shorter than any run.
constexpr std::chrono::milliseconds kLockPatience(2000);

struct AgentConfig
{
    bool enabled = false;
    bool dryRunMode = true;
    QString provider;
    QString model;
    int maxTokensContext = 4000;
    std::optional<double> temperature;
    QString baseUrl;
    bool useBatch = false;
};

// Everything decided before the model is called.
struct Prepared
{
    QString runId;
    QString skipReason; // set: the run ends here (recorded as skipped)
    QString failure;    // set: the run ends here (recorded as failed)
    bool claimed = false;
    bool locked = false;
    bool dryRun = true;
    bool batch = false; // this run asks through a Message Batch (when its provider is Anthropic's)
    AgentConfig config;
    ContextRequest request;
    AssembledContext context;
    AgentPrompt prompt;
    QDateTime startedAt;
};

RunRecord recordOf(const Prepared &p, const RunResult &r, const json &rounds, const json &tools)
{
    return RunRecord{r.status,
                     r.reason,
                     p.dryRun,
                     r.provider,
                     r.model,
                     p.context.summary(),
                     p.context.structured(),
                     p.prompt.systemText(),
                     p.prompt.userMessage,
                     rounds,
                     r.usage,
                     r.cost,
                     tools};
}

// The run's one request goes out as a Message Batch instead of a Messages call. The run stays "running" (waiting),
// holds no lock, and leaves in mentats_run_batches what a later process needs to collect it. A failed submission
// is a failed run, like a failed call.
QCoro::Task<RunResult> submitBatch(Database &db, const Clock &clock, std::shared_ptr<AnthropicProvider> anthropic,
                                   const Prepared &p, RunResult result, LlmRequest request, json tools)
{
    const json params = anthropic->requestBody(request);
    AnthropicBatchClient client(anthropic);
    MessageBatch batch;
    json rounds = json::array();
    try {
        QCoro::Task<MessageBatch> submitting = client.submit(p.runId, params);
        batch = co_await submitting;
    } catch (const LlmError &error) {
        result.status = u"failed"_s;
        result.reason = error.message();
        rounds.push_back({{"error", error.message().toStdString()},
                          {"detail", error.detail().toStdString()},
                          {"attempts", error.attempts()}});
    }
    if (result.status != u"failed"_s) {
        result.status = u"waiting"_s;
        result.batchId = batch.id;
        result.reason = u"waiting for Anthropic's answer to batch %1 (half price, within 24 hours)"_s.arg(batch.id);
        rounds.push_back(
            {{"batch",
              {{"id", batch.id.toStdString()}, {"submitted", batch.raw}, {"customId", p.runId.toStdString()}}}});
    }
    const Agent agent = p.request.agent;
    PendingBatches::Batch pending{p.runId,
                                  agent,
                                  batch.id,
                                  p.runId,
                                  anthropic->endpoint().baseUrl,
                                  p.startedAt,
                                  p.context.totalTokens(),
                                  clock.nowUtc(),
                                  u"pending"_s,
                                  batch.processingStatus,
                                  0,
                                  {},
                                  {}};
    RunRecord record = recordOf(p, result, rounds, tools);
    if (result.status == u"waiting"_s)
        record.status = u"running"_s;
    QFuture<void> recording =
        db.run([agent, pending, record, params, waiting = result.status == u"waiting"_s](SqlSession &s) {
            try {
                s.transaction([&] {
                    record.save(s, pending.runId);
                    if (waiting)
                        PendingBatches::recordSubmitted(s, pending, params);
                });
            } catch (...) {
                RunClaim::releaseLock(s, agent);
                throw;
            }
            RunClaim::releaseLock(s, agent);
        });
    try {
        co_await recording;
    } catch (const DbError &) {
        // The batch went out but could not be recorded: nobody would ever collect it, so it is cancelled (best effort)
        // rather than left to be billed for nothing.
        result.status = u"failed"_s;
    }
    if (result.status == u"failed"_s && !batch.id.isEmpty()) {
        QCoro::Task<MessageBatch> cancelling = client.cancel(batch.id);
        try {
            co_await cancelling;
        } catch (const LlmError &error) {
            qCWarning(lcRuns).noquote() << "Could not cancel the unrecorded batch" << batch.id << ":"
                                        << error.message();
        }
        throw DbError(DbError::Kind::Connection,
                      u"The batch %1 was submitted but could not be recorded, so it was cancelled."_s.arg(batch.id));
    }
    co_return result;
}

} // namespace

struct AgentRunner::Impl
{
    Impl(ConnectionSettings settings, std::shared_ptr<const Clock> c, QNetworkAccessManager *n)
        : db(std::move(settings), 1), clock(std::move(c)), network(n), executor(ToolRegistry::all())
    {}
    Database db; // one connection: the agent's advisory lock lives on it
    std::shared_ptr<const Clock> clock;
    QNetworkAccessManager *network;
    ToolExecutor executor;
};

void RunResult::conclude(const ModelConversation::Outcome &talked, const QString &requestedBy,
                         const LlmProvider &answeredBy)
{
    usage = talked.usage;
    actionsLogged = talked.actionsLogged;
    executed = talked.executed;
    blocked = talked.blocked;
    awaitingApproval = talked.awaitingApproval;
    invalid = talked.invalid;
    cancelled = talked.cancelled;
    if (talked.cancelled || !talked.failure.isEmpty()) {
        status = u"failed"_s;
        reason = talked.cancelled ? RunControl::cancelledReason(requestedBy) : talked.failure;
        return;
    }
    status = u"completed"_s;
    const QString priceProvider = answeredBy.priceProvider();
    cost = priceProvider.isEmpty() ? std::optional<Cost>(Cost{}) : PriceTable::load().cost(priceProvider, model, usage);
}

AgentRunner::AgentRunner(ConnectionSettings settings, std::shared_ptr<const Clock> clock,
                         QNetworkAccessManager *network)
    : d(std::make_shared<Impl>(std::move(settings), std::move(clock), network))
{}

AgentRunner::~AgentRunner() = default;

QCoro::Task<RunResult> AgentRunner::run(RunOptions options)
{
    RunResult result;
    const Agent agent = options.agent;
    const QString host = options.host.isEmpty() ? QHostInfo::localHostName() : options.host;
    const std::shared_ptr<Impl> keepAlive = d; // until this run has recorded itself
    Impl *impl = keepAlive.get();

    options.control.report(RunControl::Progress::Phase::AssemblingContext);
    QFuture<Prepared> preparing = impl->db.run([impl, options, host, agent](SqlSession &s) {
        Prepared p;
        p.startedAt = impl->clock->nowUtc();
        const auto claim = RunClaim::claim(s, agent, options.trigger, options.scheduledSlot, host, options.requestedBy);
        if (!claim) {
            p.skipReason = u"this slot already ran on another machine"_s;
            return p;
        }
        p.claimed = true;
        p.runId = claim->runId;
        try {
            // A scheduled slot that overlaps a run is skipped; a run a manager asked for waits out a moment's hold.
            const bool asked = options.trigger != RunClaim::Trigger::Schedule;
            if (!RunClaim::tryLock(s, agent, asked ? kLockPatience : std::chrono::milliseconds(0))) {
                p.skipReason = u"another run of the %1 is still in progress"_s.arg(Agents::displayName(agent));
                return p;
            }
            p.locked = true;
            const SqlRows config = s.select(
                u"SELECT c.enabled, c.dry_run_mode, coalesce(m.provider, c.provider::text), c.model, "
                "c.max_tokens_context, c.temperature::float8, coalesce(m.base_url, ''), coalesce(m.use_batch, false) "
                "FROM ai_config c "
                "LEFT JOIN mentats_agent_settings m ON m.agent = c.agent::text WHERE c.agent::text = ?"_s,
                {Agents::id(agent)});
            if (config.isEmpty()) {
                p.skipReason = u"the %1 has no configuration: run `mentats migrate`"_s.arg(Agents::displayName(agent));
                return p;
            }
            const QVariantList &c = config.rows.front();
            p.config = {c.at(0).toBool(),   c.at(1).toBool(),
                        c.at(2).toString(), c.at(3).toString(),
                        c.at(4).toInt(),    c.at(5).isNull() ? std::nullopt : std::optional<double>(c.at(5).toDouble()),
                        c.at(6).toString(), c.at(7).toBool()};
            const bool dryRunAsked = options.dryRun || options.trigger == RunClaim::Trigger::DryRun;
            p.dryRun = dryRunAsked || p.config.dryRunMode;
            // The kill switch stops every run but one a manager asks for as a dry run: an agent switched off while
            // its dry-run mode is on does not keep running on its schedule (nor spending on its model).
            if (!p.config.enabled && !dryRunAsked) {
                p.skipReason =
                    u"the %1 is disabled (kill switch); a dry run still works"_s.arg(Agents::displayName(agent));
                return p;
            }
            p.request = ContextRequestLoader::load(s, agent, impl->clock);
            p.batch = p.config.useBatch && options.trigger == RunClaim::Trigger::Schedule &&
                      AgentSettings::batchApplies(agent) && p.config.provider == u"anthropic"_s;
            if (p.batch) {
                if (const auto waiting = PendingBatches::unfinished(s, agent)) {
                    p.skipReason = u"the %1's batch %2 (submitted %3) has not been collected yet"_s.arg(
                        Agents::displayName(agent), waiting->batchId,
                        p.request.calendar.toLocal(waiting->submittedAt).toString(u"yyyy-MM-dd HH:mm"_s));
                    return p;
                }
            }
            if (const RunBudget::Status budget = RunBudget::today(s, agent, p.request.calendar); budget.exhausted()) {
                p.skipReason = budget.sentence();
                return p;
            }
            p.context =
                ContextAssembler(ContextRegistry::forAgent(agent)).assemble(s, p.request, p.config.maxTokensContext);
            if (p.context.attentionTotal() == 0 && !options.callEvenIfQuiet && agent == Agent::OfficeManager) {
                p.skipReason = u"nothing needs attention"_s;
                return p;
            }
            p.prompt = AgentPrompt::build(agent, AgentPromptSettings::load(s, agent), p.context, p.request.calendar);
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::Connection)
                throw;
            p.failure = error.message(); // recorded as a failed run, the lock released
        }
        return p;
    });
    Prepared prepared = co_await preparing;
    result.runId = prepared.runId;

    const auto finish = [impl, agent](const Prepared &p, const RunResult &r, const json &rounds,
                                      const json &tools = nullptr) {
        RunRecord record = recordOf(p, r, rounds, tools);
        return impl->db.run([agent, p, record = std::move(record)](SqlSession &s) {
            if (p.claimed)
                record.save(s, p.runId);
            if (p.locked)
                RunClaim::releaseLock(s, agent);
        });
    };

    // Cancelled while the context was assembled: recorded before the model is asked anything.
    result.cancelled = prepared.skipReason.isEmpty() && prepared.failure.isEmpty() && options.control.isCancelled();
    if (result.cancelled)
        prepared.failure = RunControl::cancelledReason(options.requestedBy);
    if (!prepared.skipReason.isEmpty() || !prepared.failure.isEmpty()) {
        result.status = prepared.failure.isEmpty() ? u"skipped"_s : u"failed"_s;
        result.reason = prepared.failure.isEmpty() ? prepared.skipReason : prepared.failure;
        QFuture<void> recorded = finish(prepared, result, json::array());
        co_await recorded;
        co_return result;
    }

    std::shared_ptr<LlmProvider> provider = options.provider;
    if (!provider) {
        const QString key = options.apiKey ? options.apiKey(agent, prepared.config.provider) : QString();
        LlmProviderChoice choice =
            LlmProviderFactory::create({prepared.config.provider, prepared.config.baseUrl, key}, impl->network);
        if (!choice.notice.isEmpty())
            qCInfo(lcRuns) << choice.notice;
        result.notice = choice.notice;
        provider = std::move(choice.provider);
    }
    result.provider = provider->displayName();
    result.model = options.model.isEmpty() ? prepared.config.model : options.model;

    ModelConversation::Setup setup;
    setup.request.model = result.model;
    setup.request.system = prepared.prompt.system;
    setup.request.messages = {LlmMessage::user(prepared.prompt.userMessage)};
    setup.request.tools = impl->executor.specsFor(agent);
    setup.request.temperature = prepared.config.temperature;
    setup.request.context = prepared.context.structured();
    const json toolDefinitions = ToolDefinitions::toJson(setup.request.tools);
    if (const auto anthropic = std::dynamic_pointer_cast<AnthropicProvider>(provider); anthropic && prepared.batch) {
        QCoro::Task<RunResult> submitting =
            submitBatch(impl->db, *impl->clock, anthropic, prepared, std::move(result), setup.request, toolDefinitions);
        RunResult submitted = co_await submitting;
        co_return submitted;
    }
    setup.toolContext = {prepared.runId, agent, prepared.dryRun, prepared.request.aiSystemUserId, &prepared.request};
    setup.log = {prepared.startedAt, prepared.context.summary(), prepared.context.totalTokens(), {}};
    setup.maxRounds = options.maxRounds;
    setup.watchKillSwitch = !prepared.dryRun;
    setup.control = options.control;
    QCoro::Task<ModelConversation::Outcome> talking =
        ModelConversation::run(impl->db, impl->executor, *provider, std::move(setup));
    const ModelConversation::Outcome talked = co_await talking;
    result.conclude(talked, options.requestedBy, *provider);
    if (result.status == u"failed"_s) {
        options.control.report(RunControl::Progress::Phase::Recording);
        QFuture<void> recorded = finish(prepared, result, talked.rounds, toolDefinitions);
        co_await recorded;
        co_return result;
    }

    result.reason = talked.stopped;
    options.control.report(RunControl::Progress::Phase::Recording);
    QFuture<void> observed = impl->db.run([talked, prepared, agent, result](SqlSession &s) {
        if (!talked.anyCall)
            RunRecord::logObservation(s, agent, prepared.runId, prepared.startedAt, prepared.context.summary(),
                                      prepared.context.totalTokens(), talked.lastText,
                                      result.usage.totalInputTokens() + result.usage.outputTokens);
        if (result.usage.totalInputTokens() > 0)
            ContextRequestLoader::recordActualTokens(s, agent, prepared.context.totalTokens(),
                                                     result.usage.totalInputTokens());
    });
    co_await observed;
    if (!talked.anyCall)
        ++result.actionsLogged;
    QFuture<void> recorded = finish(prepared, result, talked.rounds, toolDefinitions);
    co_await recorded;
    co_return result;
}
