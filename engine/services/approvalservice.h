#pragma once

#include "auth/signin.h"
#include "core/clock.h"
#include "tools/approvalqueue.h"

#include <QCoroTask>
#include <memory>

class Database;

// The approval queue as a manager works it: what waits (expired ones closed first), and a decision stamped with the
// manager who made it. Approving runs the call through every check again, on a worker, with the session's tools.
class ApprovalService final
{
public:
    ApprovalService(Database &db, std::shared_ptr<const Clock> clock);
    ~ApprovalService();

    // Throws DbError.
    QCoro::Task<QList<ApprovalQueue::Pending>> pending();
    // How many proposals wait for a manager and have not expired by the session's clock. Throws DbError.
    QCoro::Task<int> waitingCount();
    // Why nothing happened (already decided, expired, missing) is in the decision. Throws DbError.
    QCoro::Task<ApprovalQueue::Decision> approve(QString approvalId, SignedInUser manager);
    QCoro::Task<ApprovalQueue::Decision> reject(QString approvalId, SignedInUser manager, QString reason);

private:
    struct Queue;

    Database &m_db;
    // Shared with the work on the workers, so that a decision still running when the session goes keeps its queue.
    std::shared_ptr<const Queue> m_queue;
};
