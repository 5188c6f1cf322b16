#include "services/reportservice.h"

#include "db/database.h"

ReportService::ReportService(Database &db) : m_db(db) {}

QCoro::Task<ActionSummary::Summary> ReportService::summary(ActionLog::Filter filter, QDate from, QDate to,
                                                           QTimeZone zone)
{
    QFuture<ActionSummary::Summary> reading =
        m_db.run([filter = std::move(filter), from, to, zone = std::move(zone)](SqlSession &s) {
            return ActionSummary::read(s, filter, from, to, zone);
        });
    co_return co_await reading;
}
