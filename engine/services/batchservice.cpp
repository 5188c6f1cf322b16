#include "services/batchservice.h"

#include "db/database.h"

BatchService::BatchService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock)
    : m_db(db), m_settings(std::move(settings)), m_clock(std::move(clock))
{}

QCoro::Task<QList<PendingBatches::Batch>> BatchService::pending(QList<Agent> agents)
{
    QFuture<QList<PendingBatches::Batch>> reading =
        m_db.run([agents = std::move(agents)](SqlSession &s) { return PendingBatches::pending(s, agents); });
    co_return co_await reading;
}

QCoro::Task<QList<BatchCheck>> BatchService::collect(BatchCollector::Options options)
{
    // The collector keeps a connection of its own: the agent's lock lives on it while a batch is collected, apart
    // from the session's pool.
    BatchCollector collector(m_settings, m_clock);
    QCoro::Task<QList<BatchCheck>> checking = collector.check(std::move(options));
    co_return co_await checking;
}
