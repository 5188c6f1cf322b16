#include "runs/runrecord.h"

#include "actions/actionwriter.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString text(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

} // namespace

void RunRecord::save(SqlSession &session, const QString &runId, const QDateTime &now) const
{
    // A run waiting for its batch has not finished.
    const QVariant finished = status == RunStatus::Running ? QVariant() : QVariant(SqlSession::timestamp(now));
    session.exec(u"UPDATE mentats_runs SET status = ?, status_reason = ?, dry_run = ?, provider = ?, model = ?, "
                 "context_summary = ?::jsonb, context = ?::jsonb, system_prompt = ?, user_message = ?, "
                 "rounds = ?::jsonb, input_tokens = ?, output_tokens = ?, cache_read_tokens = ?, "
                 "cache_write_tokens = ?, cost_usd = ?::numeric, tools = ?::jsonb, service_tier = nullif(?::text, ''), "
                 "finished_at = ?::timestamptz WHERE id = ?::uuid"_s,
                 {RunStatuses::toText(status), orNull(reason), dryRun, orNull(provider), orNull(model),
                  text(contextSummary), text(context), systemPrompt, userMessage, text(rounds), usage.inputTokens,
                  usage.outputTokens, usage.cacheReadTokens, usage.cacheWriteTokens,
                  cost ? QVariant(cost->exactDollars()) : QVariant(),
                  tools.is_null() ? QVariant() : QVariant(text(tools)), usage.serviceTier, finished, runId});
}

void RunRecord::logObservation(SqlSession &session, Agent agent, const QString &runId, const QDateTime &runStartedAt,
                               const nlohmann::json &contextSummary, int contextTokens, const QString &reasoning,
                               qint64 tokensUsed, const QDateTime &now)
{
    ActionRow row;
    row.agent = agent;
    row.runId = runId;
    row.runStartedAt = runStartedAt;
    row.contextSnapshot = contextSummary;
    row.contextTokens = contextTokens;
    row.reasoning = reasoning;
    row.tokensUsed = tokensUsed;
    row.createdAt = now;
    ActionWriter::append(session, row);
}
