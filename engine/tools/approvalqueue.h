#pragma once

#include "core/clock.h"
#include "tools/toolcalloutcome.h"

#include <QDateTime>
#include <QList>
#include <memory>

class SqlSession;
class ToolExecutor;

// Tool calls waiting for a manager (mentats_approvals), and the three ways out of the queue — each logged in
// ai_actions with who decided, in the same transaction as the decision:
//  - approve: the call goes through every check again (the person still active, kill switch, tool enabled,
//    cooldowns, rate limit) and then runs; if a check stops it now, the approval ends as "failed" with the reason;
//  - reject, with the manager's reason;
//  - expiry, when nobody decided in time (ToolExecutor::kApprovalHours).
// A decision takes the row's lock and re-reads it, so two managers approving at once run the call once.
class ApprovalQueue
{
public:
    struct Pending
    {
        QString id;
        QString actionId;
        QString runId;
        Agent agent = Agent::OfficeManager;
        QString toolName;
        nlohmann::json arguments;
        QString reasoning;
        QString targetUserId;
        QString targetName;
        QDateTime requestedAt;
        QDateTime expiresAt;
    };

    struct Decision
    {
        QString status;   // approved, rejected, failed — or why nothing happened: already_decided, expired, missing
        QString message;  // one sentence for the manager
        QString actionId; // the ai_actions row that logged the decision
        std::optional<ToolCallOutcome> outcome; // for an approval: what the call did
        bool decided() const { return status == u"approved" || status == u"rejected" || status == u"failed"; }
    };

    ApprovalQueue(const ToolExecutor &executor, std::shared_ptr<const Clock> clock = Clock::system());

    QList<Pending> pending(SqlSession &session, int limit = 200) const;
    // How many of them wait now (for a notification): counted, not loaded.
    int waitingCount(SqlSession &session) const;
    // `managerUserId`, when given (the console's signed-in manager), also stamps the decision in audit_logs.
    Decision approve(SqlSession &session, const QString &approvalId, const QString &decidedBy,
                     const QString &managerUserId = {}) const;
    Decision reject(SqlSession &session, const QString &approvalId, const QString &decidedBy, const QString &reason,
                    const QString &managerUserId = {}) const;
    // Pending approvals past their expiry become "expired" (logged). Returns how many.
    int expire(SqlSession &session) const;

private:
    const ToolExecutor &m_executor;
    std::shared_ptr<const Clock> m_clock;
};
