#include "runs/agentrunner.h"

#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/llmerror.h"
#include "llm/pricetable.h"
#include "prompts/agentprompt.h"
#include "runs/runbudget.h"
#include "tools/killswitch.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

struct AgentConfig
{
    bool enabled = false;
    bool dryRunMode = true;
    QString provider;
    QString model;
    int maxTokensContext = 4000;
    std::optional<double> temperature;
    QString baseUrl;
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
    AgentConfig config;
    ContextRequest request;
    AssembledContext context;
    AgentPrompt prompt;
    QDateTime startedAt;
};

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
            if (!RunClaim::tryLock(s, agent)) {
                p.skipReason = u"another run of the %1 is still in progress"_s.arg(Agents::displayName(agent));
                return p;
            }
            p.locked = true;
            const SqlRows config = s.select(
                u"SELECT c.enabled, c.dry_run_mode, coalesce(m.provider, c.provider::text), c.model, "
                "c.max_tokens_context, c.temperature::float8, coalesce(m.base_url, '') FROM ai_config c "
                "LEFT JOIN mentats_agent_settings m ON m.agent = c.agent::text WHERE c.agent::text = ?"_s,
                {Agents::id(agent)});
            if (config.isEmpty()) {
                p.skipReason = u"the %1 has no configuration: run `mentats migrate`"_s.arg(Agents::displayName(agent));
                return p;
            }
            const QVariantList &c = config.rows.front();
            p.config = {c.at(0).toBool(),
                        c.at(1).toBool(),
                        c.at(2).toString(),
                        c.at(3).toString(),
                        c.at(4).toInt(),
                        c.at(5).isNull() ? std::nullopt : std::optional<double>(c.at(5).toDouble()),
                        c.at(6).toString()};
            p.dryRun = options.dryRun || p.config.dryRunMode || options.trigger == RunClaim::Trigger::DryRun;
            if (!p.config.enabled && !p.dryRun) {
                p.skipReason =
                    u"the %1 is disabled (kill switch); a dry run still works"_s.arg(Agents::displayName(agent));
                return p;
            }
            p.request = ContextRequestLoader::load(s, agent, impl->clock);
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
        return impl->db.run([impl, agent, p, r, rounds, tools](SqlSession &s) {
            if (p.claimed) {
                s.exec(u"UPDATE mentats_runs SET status = ?, status_reason = ?, dry_run = ?, provider = ?, model = ?, "
                       "context_summary = ?::jsonb, context = ?::jsonb, system_prompt = ?, user_message = ?, "
                       "rounds = ?::jsonb, input_tokens = ?, output_tokens = ?, cache_read_tokens = ?, "
                       "cache_write_tokens = ?, cost_usd = ?::numeric, tools = ?::jsonb, finished_at = now() "
                       "WHERE id = ?::uuid"_s,
                       {r.status, r.reason.isEmpty() ? QVariant() : QVariant(r.reason), p.dryRun,
                        r.provider.isEmpty() ? QVariant() : QVariant(r.provider),
                        r.model.isEmpty() ? QVariant() : QVariant(r.model),
                        QString::fromStdString(p.context.summary().dump()),
                        QString::fromStdString(p.context.structured().dump()), p.prompt.systemText(),
                        p.prompt.userMessage, QString::fromStdString(rounds.dump()), r.usage.inputTokens,
                        r.usage.outputTokens, r.usage.cacheReadTokens, r.usage.cacheWriteTokens,
                        r.cost ? QVariant(r.cost->exactDollars()) : QVariant(),
                        tools.is_null() ? QVariant() : QVariant(QString::fromStdString(tools.dump())), p.runId});
            }
            if (p.locked)
                RunClaim::releaseLock(s, agent);
        });
    };

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
            qCInfo(lcTools) << choice.notice;
        provider = std::move(choice.provider);
    }
    result.provider = provider->displayName();
    result.model = options.model.isEmpty() ? prepared.config.model : options.model;

    LlmRequest request;
    request.model = result.model;
    request.system = prepared.prompt.system;
    request.messages = {LlmMessage::user(prepared.prompt.userMessage)};
    request.tools = impl->executor.specsFor(agent);
    json toolDefinitions = json::array();
    for (const LlmToolSpec &tool : std::as_const(request.tools))
        toolDefinitions.push_back({{"name", tool.name.toStdString()},
                                   {"description", tool.description.toStdString()},
                                   {"inputSchema", tool.inputSchema}});
    request.temperature = prepared.config.temperature;
    request.context = prepared.context.structured();
    const ToolContext toolContext{prepared.runId, agent, prepared.dryRun, prepared.request.aiSystemUserId,
                                  &prepared.request};
    json rounds = json::array();
    bool anyCall = false;
    QString lastText;
    try {
        for (int round = 0; round < std::max(1, options.maxRounds); ++round) {
            if (round > 0 && !prepared.dryRun) {
                // The kill switch stops a live run between rounds too: no further model call, no further tools.
                QFuture<bool> checking = impl->db.run([agent](SqlSession &s) { return KillSwitch::agentEnabled(s, agent); });
                if (!co_await checking) {
                    result.reason = u"stopped: the kill switch was turned off during the run"_s;
                    rounds.push_back({{"stopped", result.reason.toStdString()}});
                    break;
                }
            }
            QCoro::Task<LlmResponse> calling = provider->complete(request);
            const LlmResponse response = co_await calling;
            result.usage += response.usage;
            lastText = response.text;
            json entry = {{"round", round + 1},
                          {"stopReason", response.rawStopReason.toStdString()},
                          {"attempts", response.attempts},
                          {"latencyMs", response.latencyMs},
                          {"requestId", response.requestId.toStdString()},
                          {"response", response.raw}};
            if (!response.wantsTools()) {
                rounds.push_back(entry);
                break;
            }
            anyCall = true;
            const ActionLogFields log{prepared.startedAt, prepared.context.summary(), prepared.context.totalTokens(),
                                      response.text};
            QFuture<QList<ToolCallOutcome>> handling =
                impl->db.run([impl, calls = response.toolCalls, toolContext, log](SqlSession &s) {
                    QList<ToolCallOutcome> outcomes;
                    for (const LlmToolCall &call : calls)
                        outcomes << impl->executor.handle(s, call, toolContext, log);
                    return outcomes;
                });
            const QList<ToolCallOutcome> outcomes = co_await handling;
            LlmMessage results{LlmMessage::Role::ToolResults, {}, {}, {}};
            json outcomeLog = json::array();
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                const ToolCallOutcome &o = outcomes.at(i);
                ++result.actionsLogged;
                result.executed += o.status == ToolCallOutcome::Status::Executed ? 1 : 0;
                result.blocked += o.status == ToolCallOutcome::Status::Blocked ? 1 : 0;
                result.awaitingApproval += o.status == ToolCallOutcome::Status::AwaitingApproval ? 1 : 0;
                result.invalid += o.status == ToolCallOutcome::Status::Invalid ? 1 : 0;
                results.results << LlmToolResult{response.toolCalls.at(i).id, o.resultForModel, o.isErrorForModel};
                outcomeLog.push_back({{"tool", response.toolCalls.at(i).name.toStdString()},
                                      {"status", statusName(o.status).toStdString()},
                                      {"actionId", o.actionId.toStdString()}});
            }
            entry["outcomes"] = outcomeLog;
            rounds.push_back(entry);
            request.messages << LlmMessage{LlmMessage::Role::Assistant, response.text, response.toolCalls, {}}
                             << results;
        }
    } catch (const LlmError &error) {
        // co_await is not allowed in a handler: note the failure and record it below.
        result.status = u"failed"_s;
        result.reason = error.message();
        rounds.push_back({{"error", error.message().toStdString()},
                          {"detail", error.detail().toStdString()},
                          {"attempts", error.attempts()}});
    }
    if (result.status == u"failed"_s) {
        QFuture<void> recorded = finish(prepared, result, rounds, toolDefinitions);
        co_await recorded;
        co_return result;
    }

    const QString priceProvider = provider->priceProvider();
    if (!priceProvider.isEmpty())
        result.cost = PriceTable::load().cost(priceProvider, result.model, result.usage);
    else
        result.cost = Cost{}; // the offline rules cost nothing
    result.status = u"completed"_s;
    // The plan's observation row: a run that called nothing still leaves its reasoning in the log.
    QFuture<void> observed = impl->db.run([anyCall, lastText, prepared, agent, result](SqlSession &s) {
        if (!anyCall)
            s.exec(
                u"INSERT INTO ai_actions (agent, run_id, run_started_at, context_snapshot, context_tokens, reasoning, "
                "executed, tokens_used) VALUES (?::ai_agent, ?::uuid, ?::timestamptz, ?::jsonb, ?, ?, false, ?)"_s,
                {Agents::id(agent), prepared.runId, SqlSession::timestamp(prepared.startedAt),
                 QString::fromStdString(prepared.context.summary().dump()), prepared.context.totalTokens(), lastText,
                 qint64(result.usage.totalInputTokens() + result.usage.outputTokens)});
        if (result.usage.totalInputTokens() > 0)
            ContextRequestLoader::recordActualTokens(s, agent, prepared.context.totalTokens(),
                                                     result.usage.totalInputTokens());
    });
    co_await observed;
    if (!anyCall)
        ++result.actionsLogged;
    QFuture<void> recorded = finish(prepared, result, rounds, toolDefinitions);
    co_await recorded;
    co_return result;
}
