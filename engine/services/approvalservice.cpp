#include "services/approvalservice.h"

#include "db/database.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

namespace {

// audit_logs and ai_actions name who decided: the manager's email, or the name when there is none.
QString decidedBy(const SignedInUser &manager)
{
    return manager.email.isEmpty() ? manager.name : manager.email;
}

} // namespace

// The queue refers to the executor that runs approved calls: the two live and go together.
struct ApprovalService::Queue
{
    explicit Queue(std::shared_ptr<const Clock> clock)
        : executor(ToolRegistry::all()), queue(executor, std::move(clock))
    {}

    ToolExecutor executor;
    ApprovalQueue queue;
};

ApprovalService::ApprovalService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_queue(std::make_shared<const Queue>(std::move(clock)))
{}

ApprovalService::~ApprovalService() = default;

QCoro::Task<QList<ApprovalQueue::Pending>> ApprovalService::pending()
{
    QFuture<QList<ApprovalQueue::Pending>> reading = m_db.run([queue = m_queue](SqlSession &s) {
        queue->queue.expire(s);
        return queue->queue.pending(s);
    });
    co_return co_await reading;
}

QCoro::Task<int> ApprovalService::waitingCount()
{
    QFuture<int> counting = m_db.run([queue = m_queue](SqlSession &s) { return queue->queue.waitingCount(s); });
    co_return co_await counting;
}

QCoro::Task<ApprovalQueue::Decision> ApprovalService::approve(QString approvalId, SignedInUser manager)
{
    QFuture<ApprovalQueue::Decision> deciding = m_db.run([queue = m_queue, approvalId, manager](SqlSession &s) {
        return queue->queue.approve(s, approvalId, decidedBy(manager), manager.id);
    });
    co_return co_await deciding;
}

QCoro::Task<ApprovalQueue::Decision> ApprovalService::reject(QString approvalId, SignedInUser manager, QString reason)
{
    QFuture<ApprovalQueue::Decision> deciding = m_db.run([queue = m_queue, approvalId, manager, reason](SqlSession &s) {
        return queue->queue.reject(s, approvalId, decidedBy(manager), reason, manager.id);
    });
    co_return co_await deciding;
}
