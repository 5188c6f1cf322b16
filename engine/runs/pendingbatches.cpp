#include "runs/pendingbatches.h"

#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"run_id::text, agent, batch_id, custom_id, base_url, run_started_at, context_tokens, "
                         "submitted_at, state, coalesce(processing_status, ''), polls, last_polled_at, "
                         "coalesce(last_problem, '') FROM mentats_run_batches "_s;

QList<PendingBatches::Batch> batchesFrom(const SqlRows &rows)
{
    QList<PendingBatches::Batch> batches;
    for (const QVariantList &r : rows.rows) {
        const std::optional<Agent> agent = Agents::fromId(r.at(1).toString());
        if (!agent)
            continue;
        batches << PendingBatches::Batch{r.at(0).toString(),       *agent,
                                         r.at(2).toString(),       r.at(3).toString(),
                                         QUrl(r.at(4).toString()), SqlTimestamp::decode(r.at(5)),
                                         r.at(6).toInt(),          SqlTimestamp::decode(r.at(7)),
                                         r.at(8).toString(),       r.at(9).toString(),
                                         r.at(10).toInt(),         SqlTimestamp::decode(r.at(11)),
                                         r.at(12).toString()};
    }
    return batches;
}

} // namespace

void PendingBatches::recordSubmitted(SqlSession &session, const Batch &batch, const nlohmann::json &request)
{
    session.exec(u"INSERT INTO mentats_run_batches (run_id, agent, batch_id, custom_id, base_url, request, "
                 "run_started_at, context_tokens, processing_status, submitted_at) "
                 "VALUES (?::uuid, ?, ?, ?, ?, ?::jsonb, ?::timestamptz, ?, ?, ?::timestamptz)"_s,
                 {batch.runId, Agents::id(batch.agent), batch.batchId, batch.customId, batch.baseUrl.toString(),
                  QString::fromStdString(request.dump()), SqlSession::timestamp(batch.runStartedAt),
                  batch.contextTokens, batch.processingStatus, SqlSession::timestamp(batch.submittedAt)});
}

std::optional<PendingBatches::Batch> PendingBatches::unfinished(SqlSession &session, Agent agent)
{
    const QList<Batch> found = batchesFrom(
        session.select(u"SELECT "_s + kColumns + u"WHERE agent = ? AND state IN ('pending', 'collecting') LIMIT 1"_s,
                       {Agents::id(agent)}));
    return found.isEmpty() ? std::nullopt : std::optional<Batch>(found.front());
}

QList<PendingBatches::Batch> PendingBatches::pending(SqlSession &session, const QList<Agent> &agents)
{
    QStringList ids;
    for (const Agent agent : agents)
        ids << Agents::id(agent);
    return batchesFrom(session.select(u"SELECT "_s + kColumns +
                                          u"WHERE state = 'pending' AND agent = ANY (string_to_array(?::text, ',')) "
                                          "ORDER BY submitted_at"_s,
                                      {ids.join(u',')}));
}

void PendingBatches::notePoll(SqlSession &session, const QString &runId, const QString &processingStatus,
                              const QString &problem, const QDateTime &now)
{
    session.exec(u"UPDATE mentats_run_batches SET polls = polls + 1, last_polled_at = ?::timestamptz, "
                 "processing_status = coalesce(nullif(?::text, ''), processing_status), "
                 "last_problem = nullif(?::text, '') WHERE run_id = ?::uuid"_s,
                 {SqlSession::timestamp(now), processingStatus, problem, runId});
}

bool PendingBatches::startCollecting(SqlSession &session, const QString &runId)
{
    return !session
                .select(u"UPDATE mentats_run_batches SET state = 'collecting' WHERE run_id = ?::uuid "
                        "AND state = 'pending' RETURNING run_id"_s,
                        {runId})
                .isEmpty();
}

void PendingBatches::markCollected(SqlSession &session, const QString &runId, const QDateTime &now)
{
    session.exec(u"UPDATE mentats_run_batches SET state = 'collected', finished_at = ?::timestamptz "
                 "WHERE run_id = ?::uuid"_s,
                 {SqlSession::timestamp(now), runId});
}

bool PendingBatches::fail(SqlSession &session, const QString &runId, const QString &reason, const nlohmann::json &round,
                          const QDateTime &now)
{
    bool failed = false;
    const QString at = SqlSession::timestamp(now);
    session.transaction([&] {
        failed = !session
                      .select(u"UPDATE mentats_run_batches SET state = 'failed', finished_at = ?::timestamptz "
                              "WHERE run_id = ?::uuid AND state IN ('pending', 'collecting') RETURNING run_id"_s,
                              {at, runId})
                      .isEmpty();
        if (!failed)
            return;
        session.exec(u"UPDATE mentats_runs SET status = 'failed', status_reason = ?, finished_at = ?::timestamptz, "
                     "rounds = coalesce(rounds, '[]'::jsonb) || jsonb_build_array(?::jsonb) WHERE id = ?::uuid"_s,
                     {reason, at, QString::fromStdString(round.dump()), runId});
    });
    return failed;
}
