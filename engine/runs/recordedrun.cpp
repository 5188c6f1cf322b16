#include "runs/recordedrun.h"

#include "actions/actionlog.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"
#include "tools/toolregistry.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// mentats_runs.status has a check constraint: a value outside it is a row no run of ours wrote.
RunStatus statusOf(const QVariant &text)
{
    return RunStatuses::fromText(text.toString()).value_or(RunStatus::Failed);
}

json parsed(const QVariant &value)
{
    if (value.isNull())
        return nullptr;
    return json::parse(value.toString().toStdString(), nullptr, false);
}

// What the model said in each round (recorded since replays); for older runs, what its actions carry.
QStringList reasoningOf(const json &rounds, const QList<ActionLog::Entry> &actions)
{
    QStringList said;
    if (rounds.is_array()) {
        for (const json &round : rounds) {
            if (round.is_object() && round.contains("text") && round["text"].is_string())
                said << QString::fromStdString(round["text"].get<std::string>());
        }
    }
    if (said.isEmpty()) {
        for (const ActionLog::Entry &a : actions) {
            if (!said.contains(a.reasoning))
                said << a.reasoning;
        }
    }
    said.removeAll(QString());
    return said;
}

// Who a call is about. The log has it only for calls that passed validation; an invalid call's person comes from its
// arguments, so that it still pairs with the same call in another run.
QString targetOf(Agent agent, const QString &toolName, const json &parameters, const QString &logged)
{
    if (!logged.isEmpty() || !parameters.is_object())
        return logged;
    for (const auto &tool : ToolRegistry::all()) {
        if (tool->name() == toolName && tool->agent() == agent)
            return tool->targetUserId(parameters);
    }
    return {};
}

QList<RecordedRun::Summary> summaries(SqlSession &session, const QString &where, const QVariantList &params)
{
    const SqlRows rows = session.select(
        u"SELECT r.id::text, r.agent, r.started_at, r.trigger, r.status, coalesce(r.provider, ''), "
        "coalesce(r.model, ''), r.dry_run, coalesce(r.replay_of::text, ''), (SELECT count(*) FROM ai_actions a "
        "WHERE a.run_id = r.id AND a.tool_name IS NOT NULL) FROM mentats_runs r "_s +
            where,
        params);
    QList<RecordedRun::Summary> runs;
    for (const QVariantList &r : rows.rows) {
        const std::optional<Agent> agent = Agents::fromId(r.at(1).toString());
        if (!agent)
            continue;
        runs << RecordedRun::Summary{r.at(0).toString(),
                                     *agent,
                                     SqlTimestamp::decode(r.at(2)),
                                     r.at(3).toString(),
                                     statusOf(r.at(4)),
                                     r.at(5).toString(),
                                     r.at(6).toString(),
                                     r.at(7).toBool(),
                                     r.at(8).toString(),
                                     r.at(9).toInt()};
    }
    return runs;
}

} // namespace

RecordedRun RecordedRun::load(SqlSession &session, const QString &runId)
{
    const SqlRows rows = session.select(
        u"SELECT agent, trigger, status, coalesce(status_reason, ''), dry_run, coalesce(provider, ''), "
        "coalesce(model, ''), coalesce(replay_of::text, ''), started_at, context_summary::text, context::text, "
        "coalesce(system_prompt, ''), coalesce(user_message, ''), rounds::text, tools::text, input_tokens, "
        "output_tokens, cache_read_tokens, cache_write_tokens, cost_usd::text FROM mentats_runs WHERE id::text = ?"_s,
        {runId.trimmed()});
    if (rows.isEmpty())
        throw DbError(DbError::Kind::Usage, u"There is no run with the id \"%1\"."_s.arg(runId.trimmed()));
    const QVariantList &r = rows.rows.front();
    const std::optional<Agent> agent = Agents::fromId(r.at(0).toString());
    if (!agent)
        throw DbError(DbError::Kind::Usage,
                      u"The run %1 belongs to \"%2\", an agent Mentats does not run."_s.arg(runId, r.at(0).toString()));
    RecordedRun run;
    run.id = runId.trimmed();
    run.agent = *agent;
    run.trigger = r.at(1).toString();
    run.status = statusOf(r.at(2));
    run.reason = r.at(3).toString();
    run.dryRun = r.at(4).toBool();
    run.provider = r.at(5).toString();
    run.model = r.at(6).toString();
    run.replayOf = r.at(7).toString();
    run.startedAt = SqlTimestamp::decode(r.at(8));
    run.contextSummary = parsed(r.at(9));
    run.context = parsed(r.at(10));
    run.systemPrompt = r.at(11).toString();
    run.userMessage = r.at(12).toString();
    run.rounds = parsed(r.at(13));
    run.tools = parsed(r.at(14));
    run.usage.inputTokens = r.at(15).toLongLong();
    run.usage.outputTokens = r.at(16).toLongLong();
    run.usage.cacheReadTokens = r.at(17).toLongLong();
    run.usage.cacheWriteTokens = r.at(18).toLongLong();
    if (!r.at(19).isNull())
        run.cost = Cost::fromDollars(r.at(19).toString());

    ActionLog::Filter filter;
    filter.runId = run.id;
    filter.limit = 1000;
    QList<ActionLog::Entry> actions = ActionLog::page(session, filter);
    std::ranges::reverse(actions); // in the order the model asked
    for (const ActionLog::Entry &a : std::as_const(actions)) {
        if (a.toolName.isEmpty())
            continue; // the observation row: its reasoning is in the rounds
        const bool approval = a.result.is_object() && a.result.value("wouldNeedApproval", false);
        const json parameters = a.parameters.is_null() ? json::object() : a.parameters;
        run.calls << Call{
            a.id,         a.toolName, parameters, targetOf(run.agent, a.toolName, parameters, a.targetUserId),
            a.targetName, a.status,   a.reason,   approval,
            a.reasoning};
    }
    run.reasoning = reasoningOf(run.rounds, actions);
    return run;
}

QList<RecordedRun::Summary> RecordedRun::recent(SqlSession &session, Agent agent, int limit)
{
    return summaries(
        session,
        u"WHERE r.agent = ? AND r.status IN ('completed', 'failed') AND coalesce(r.user_message, '') <> '' "
        "ORDER BY r.started_at DESC, r.id LIMIT %1"_s.arg(std::clamp(limit, 1, 500)),
        {Agents::id(agent)});
}

std::optional<RecordedRun::Summary> RecordedRun::summary(SqlSession &session, const QString &runId)
{
    const QList<Summary> found = summaries(session, u"WHERE r.id::text = ?"_s, {runId.trimmed()});
    return found.isEmpty() ? std::nullopt : std::optional<Summary>(found.front());
}
