#pragma once

#include "actions/actionlog.h"

#include <QCoroTask>
#include <QTimeZone>

class Database;

// The action log as the console reads it: a page at a time (keyset), one action in full, and what its filters
// offer. Plain data, read on a worker.
class ActionLogService final
{
public:
    // What the log's filters offer: the business's zone for the dates, and the people actions concerned.
    struct Choices
    {
        QTimeZone zone;
        QList<ActionLog::Person> people;
    };

    explicit ActionLogService(Database &db);

    // Each throws DbError.
    QCoro::Task<Choices> choices();
    // A page of the log (see ActionLog::Filter for the cursors). Throws DbError(Usage) for an unknown status.
    QCoro::Task<QList<ActionLog::Entry>> page(ActionLog::Filter filter);
    // Throws DbError(Usage) when there is no such action.
    QCoro::Task<ActionLog::Details> details(QString actionId);

private:
    Database &m_db;
};
