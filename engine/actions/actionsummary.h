#pragma once

#include "actions/actionlog.h"

#include <QDate>
#include <QMap>
#include <QTimeZone>

class SqlSession;

// The action log for a period and filter, added up: what the reports, the charts and the weekly summary show.
// Days are business days (the business time zone); every day of the period is present, quiet ones with zeros.
// Cost is what the agents' runs cost (mentats_runs, exact), counted by the day the run started; runs whose model
// has no known price are counted apart, never as free.
namespace ActionSummary {

struct Count
{
    QString key;   // tool name, status or person id
    QString label; // what a manager reads
    qint64 count = 0;
};

struct AgentTotals
{
    Agent agent = Agent::OfficeManager;
    qint64 actions = 0;
    qint64 runs = 0;
    qint64 failedRuns = 0;
    qint64 unpricedRuns = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    double costUsd = 0;
};

struct Day
{
    QDate date;
    QMap<QString, qint64> byStatus; // ActionLog::statuses()
    QMap<Agent, double> costByAgent;
    qint64 total() const;
};

struct Summary
{
    QDate from;
    QDate to; // included
    qint64 total = 0;
    QList<AgentTotals> agents; // both agents, or the one filtered for
    QList<Count> byStatus;     // most first
    QList<Count> byTool;       // most first; observations not included
    QList<Count> people;       // the people most often concerned, most first
    QList<Day> days;
    double costUsd() const;
    qint64 count(const QString &status) const;
};

// The filter's own since/until are replaced by the period. Throws DbError(Usage) for a bad filter or a period of
// more than 366 days.
Summary read(SqlSession &session, ActionLog::Filter filter, QDate from, QDate to, const QTimeZone &zone,
             int topPeople = 10);

// The period as the filter wants it: [start of `from`, start of the day after `to`) in UTC.
void setPeriod(ActionLog::Filter &filter, QDate from, QDate to, const QTimeZone &zone);

// Monday to Sunday of the last complete week before `today`.
std::pair<QDate, QDate> lastWeek(QDate today);

} // namespace ActionSummary
