#pragma once

#include "actions/actionsummary.h"

#include <QCoroTask>
#include <QTimeZone>

class Database;

// What the Reports page adds up: the actions of a period, by outcome, tool, person and day, and what they cost,
// counted in the business's days. Read on a worker.
class ReportService final
{
public:
    explicit ReportService(Database &db);

    // The filter's own since/until are replaced by the period. Throws DbError(Usage) for a bad filter or a period of
    // more than 366 days, DbError otherwise.
    QCoro::Task<ActionSummary::Summary> summary(ActionLog::Filter filter, QDate from, QDate to, QTimeZone zone);

private:
    Database &m_db;
};
