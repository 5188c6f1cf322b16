#include "services/reportservice.h"

#include "config/businesssettings.h"
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

QCoro::Task<ReportService::Overview> ReportService::overview(ActionLog::Filter filter, QDate from, QDate to,
                                                             bool withSummary)
{
    QFuture<Overview> reading = m_db.run([filter = std::move(filter), from, to, withSummary](SqlSession &s) {
        const BusinessSettings settings = BusinessSettings::load(s);
        Overview overview;
        overview.business = settings.businessName;
        overview.zone = QTimeZone(settings.timeZone.toUtf8());
        ActionLog::Filter period = filter;
        ActionSummary::setPeriod(period, from, to, overview.zone);
        overview.total = ActionLog::count(s, period);
        if (withSummary)
            overview.summary = ActionSummary::read(s, filter, from, to, overview.zone);
        return overview;
    });
    co_return co_await reading;
}
