#pragma once

#include "core/agent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <nlohmann/json.hpp>
#include <optional>

class SqlSession;

// The Message Batches a run is waiting for (mentats_run_batches), so that any later process can finish the run: its
// batch id, the address it went to, the request as sent and the run's log fields. A batch moves pending →
// collecting (its tool calls being applied, by exactly one process) → collected, or → failed. Each move is a
// conditional update, so two schedulers never finish one run twice.
namespace PendingBatches {

struct Batch
{
    QString runId;
    Agent agent = Agent::RevenueOptimizer;
    QString batchId;
    QString customId;
    QUrl baseUrl;
    QDateTime runStartedAt; // UTC, as the run's actions record it
    int contextTokens = 0;
    QDateTime submittedAt; // UTC
    QString state;         // pending, collecting, collected, failed
    QString processingStatus;
    int polls = 0;
    QDateTime lastPolledAt;
    QString lastProblem;
};

void recordSubmitted(SqlSession &session, const Batch &batch, const nlohmann::json &request);
// The agent's batch that has not finished (pending or collecting), if any.
std::optional<Batch> unfinished(SqlSession &session, Agent agent);
// Every pending batch of these agents, oldest first.
QList<Batch> pending(SqlSession &session, const QList<Agent> &agents);
// `now` below is the collector's clock, never the database server's.
// What the last poll saw (`problem` empty when it could read the batch).
void notePoll(SqlSession &session, const QString &runId, const QString &processingStatus, const QString &problem,
              const QDateTime &now);
// pending → collecting; false when the batch is no longer pending (another process took it).
bool startCollecting(SqlSession &session, const QString &runId);
void markCollected(SqlSession &session, const QString &runId, const QDateTime &now);
// pending or collecting → failed, and the run recorded failed with `reason` and `round` appended to its rounds.
// False when the batch had already finished.
bool fail(SqlSession &session, const QString &runId, const QString &reason, const nlohmann::json &round,
          const QDateTime &now);

} // namespace PendingBatches
