#pragma once

#include "core/agent.h"
#include "core/businesscalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>

class SqlSession;

// How an agent's scheduled runs are doing, from the run records every machine writes (so any console sees the
// same): last success, last failure and why, the failure streak, the next slot, and whether a slot has gone by
// with nobody running it (no scheduler up anywhere).
struct AgentHealth
{
    Agent agent = Agent::OfficeManager;
    bool enabled = false;
    bool dryRun = true;
    QString cron;
    QString cronError;     // set when the schedule cannot be read: nothing will run
    QDateTime lastSuccess; // UTC
    QDateTime lastFailure; // UTC
    QString lastFailureReason;
    int consecutiveFailures = 0; // scheduled runs failed since the last one that completed
    QDateTime lastScheduledSlot; // UTC, the latest slot any machine claimed
    QDateTime nextRun;           // UTC, the next slot
    bool overdue = false;        // a slot older than the grace period went by unclaimed
};

namespace SchedulerHealth {

constexpr int kDefaultAlertAfterFailures = 3;

AgentHealth read(SqlSession &session, Agent agent, const BusinessCalendar &calendar, qint64 graceSecs);

// Tells every active admin and manager (direct message + notification) when the agent's scheduled runs have failed
// `threshold` times in a row — once per streak, however many machines and ticks see it. True when it told them.
bool alertIfFailing(SqlSession &session, Agent agent, int threshold = kDefaultAlertAfterFailures);

// Each pass's last step: the agents whose scheduled runs failed in this pass (`failed`) are checked for a streak
// worth alerting managers about (alertIfFailing), then every agent's health is read.
QList<AgentHealth> assess(SqlSession &session, const QList<Agent> &agents, const QList<Agent> &failed,
                          const BusinessCalendar &calendar, int alertAfterFailures, qint64 graceSecs);

// Run records left "running" by a process that died (its agent lock is free, so nobody is running it) and started
// more than two minutes before `now` (the scheduler's clock): marked failed at `now`, with the reason. Returns how
// many.
int closeInterrupted(SqlSession &session, Agent agent, const QDateTime &now);

} // namespace SchedulerHealth
