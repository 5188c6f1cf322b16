#pragma once

#include "core/clock.h"
#include "metrics/metricsrollup.h"

#include <QCoroTask>
#include <memory>
#include <optional>

class Database;

// Rolls time entries, tasks and POS sales up into the daily metrics the Revenue Optimizer reads, on a worker, in
// the business's days as of the session's clock.
class MetricsRollupService final
{
public:
    MetricsRollupService(Database &db, std::shared_ptr<const Clock> clock);

    // These business days, both included; without them the nightly job's (the week before today). `progress` is
    // called on the worker thread after each transaction. Throws DbError(Usage) for an empty, reversed or too long
    // range or one that ends after today, DbError otherwise.
    QCoro::Task<MetricsRollup::Report> rollUp(std::optional<std::pair<QDate, QDate>> days,
                                              MetricsRollup::Progress progress = {});

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
