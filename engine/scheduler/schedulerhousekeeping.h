#pragma once

#include "core/agent.h"

#include <QList>
#include <memory>

class Clock;
class SqlSession;

// What each scheduler pass tidies before it plans: approvals nobody decided in time are expired (and logged), and
// run records left "running" by a process that died are closed as failed (SchedulerHealth::closeInterrupted).
namespace SchedulerHousekeeping {

struct Done
{
    int expiredApprovals = 0;
    int interruptedRuns = 0;
};

Done run(SqlSession &session, const QList<Agent> &agents, const std::shared_ptr<const Clock> &clock);

} // namespace SchedulerHousekeeping
