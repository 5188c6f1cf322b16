#pragma once

#include "actions/actionsummary.h"

#include <QCoroTask>
#include <QTimeZone>

class Database;

// What the Reports page adds up: the actions of a period, by outcome, tool, person and day, and what they cost,
// counted in the business's days; and what an export of a period needs before its first row. Read on a worker.
class ReportService final
{
public:
    // What heads an export: the business's name and zone, how many actions the period holds, and (when asked
    // for) its summary.
    struct Overview
    {
        QString business;
        QTimeZone zone;
        qint64 total = 0;
        ActionSummary::Summary summary;
    };

    explicit ReportService(Database &db);

    // The filter's own since/until are replaced by the period. Throws DbError(Usage) for a bad filter or a period of
    // more than 366 days, DbError otherwise.
    QCoro::Task<ActionSummary::Summary> summary(ActionLog::Filter filter, QDate from, QDate to, QTimeZone zone);
    // The period's days are the business's own. Throws DbError(Usage) for a bad filter (or, with the summary, a
    // period of more than 366 days), DbError otherwise.
    QCoro::Task<Overview> overview(ActionLog::Filter filter, QDate from, QDate to, bool withSummary);

private:
    Database &m_db;
};
