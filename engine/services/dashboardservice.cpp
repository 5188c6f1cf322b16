#include "services/dashboardservice.h"

#include "db/database.h"

DashboardService::DashboardService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<DashboardSnapshot> DashboardService::snapshot(int recentCount)
{
    QFuture<DashboardSnapshot> reading = m_db.run(
        [clock = m_clock, recentCount](SqlSession &s) { return DashboardSnapshot::read(s, clock, recentCount); });
    co_return co_await reading;
}
