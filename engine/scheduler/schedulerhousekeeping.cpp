#include "scheduler/schedulerhousekeeping.h"

#include "scheduler/schedulerhealth.h"
#include "tools/approvalqueue.h"
#include "tools/toolexecutor.h"

SchedulerHousekeeping::Done SchedulerHousekeeping::run(SqlSession &session, const QList<Agent> &agents,
                                                       const std::shared_ptr<const Clock> &clock)
{
    Done done;
    done.expiredApprovals = ApprovalQueue(ToolExecutor({}), clock).expire(session);
    for (const Agent agent : agents)
        done.interruptedRuns += SchedulerHealth::closeInterrupted(session, agent, clock->nowUtc());
    return done;
}
