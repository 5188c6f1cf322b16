#pragma once

#include "actions/actionlog.h"
#include "core/clock.h"
#include "scheduler/schedulerhealth.h"

#include <QList>
#include <QTimeZone>
#include <memory>

class SqlSession;

// What the console's dashboard shows, read in one go on a worker thread: per agent its switches and scheduler
// health, today's actions by outcome, cost today and this month (business time), pending approvals, active memories
// and policies, what the latest run's context could not show; and the most recent actions.
// What the agent's latest run with a context saw: whether it was split, and what it could not show.
struct LastContext
{
    QDateTime at; // UTC; invalid: no run yet
    int calls = 1;
    int attention = 0;          // attention items shown
    int attentionNotShown = 0;  // attention items no call showed
    QString notShownReason;     // the planner's sentence for those
    QStringList modulesLeftOut; // over the token budget, or failed
};

struct AgentDashboard
{
    AgentHealth health;
    int executedToday = 0;
    int blockedToday = 0; // blocked by a control, or invalid
    int errorsToday = 0;  // failed tools and failed runs
    int dryRunToday = 0;
    int awaitingToday = 0;
    double costTodayUsd = 0;
    double costMonthUsd = 0;
    std::optional<double> dailyBudgetUsd;
    int pendingApprovals = 0;
    int activeMemories = 0;
    int activePolicies = 0;
    LastContext lastContext;
};

struct DashboardSnapshot
{
    QList<AgentDashboard> agents; // Office Manager, Revenue Optimizer
    QList<ActionLog::Entry> recent;
    QTimeZone zone;
    QString businessName;
    QDateTime takenAt; // UTC

    static DashboardSnapshot read(SqlSession &session, const std::shared_ptr<const Clock> &clock, int recentCount = 15);
};
