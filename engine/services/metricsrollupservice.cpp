#include "services/metricsrollupservice.h"

#include "db/database.h"

MetricsRollupService::MetricsRollupService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<MetricsRollup::Report> MetricsRollupService::rollUp(std::optional<std::pair<QDate, QDate>> days,
                                                                MetricsRollup::Progress progress)
{
    QFuture<MetricsRollup::Report> rolling =
        m_db.run([clock = m_clock, days, progress = std::move(progress)](SqlSession &s) {
            const MetricsRollup rollup = MetricsRollup::forDatabase(s, clock);
            const auto [first, last] = days.value_or(rollup.nightlyRange());
            return rollup.run(s, first, last, progress);
        });
    co_return co_await rolling;
}
