#pragma once

#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/batchcollector.h"
#include "runs/pendingbatches.h"

#include <QCoroTask>
#include <memory>

class Database;

// The Message Batches runs are waiting for: which are pending, read on a worker, and checking them now so the runs
// whose batch has ended are finished (what the scheduler does on its own every few minutes).
class BatchService final
{
public:
    BatchService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock);

    // Every pending batch of these agents, oldest first. Throws DbError.
    QCoro::Task<QList<PendingBatches::Batch>> pending(QList<Agent> agents);
    // Polls each pending batch of the options' agents once and collects those that ended (see BatchCollector).
    QCoro::Task<QList<BatchCheck>> collect(BatchCollector::Options options);

private:
    Database &m_db;
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
};
