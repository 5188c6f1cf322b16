#pragma once

#include "core/clock.h"
#include "dashboard/dashboardsnapshot.h"

#include <QCoroTask>
#include <memory>

class Database;

// The dashboard's figures for the console: each agent at a glance and the latest actions, read in one go on a
// worker thread as of the session's clock.
class DashboardService final
{
public:
    DashboardService(Database &db, std::shared_ptr<const Clock> clock);

    // Throws DbError.
    QCoro::Task<DashboardSnapshot> snapshot(int recentCount = 15);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
