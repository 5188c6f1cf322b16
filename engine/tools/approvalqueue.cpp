#include "tools/approvalqueue.h"

#include "actions/actionwriter.h"
#include "auth/auditlog.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"
#include "tools/toolexecutor.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// Serialises decisions on one approval across every console (session-level: the executor runs its own
// transactions underneath).
void lockApproval(SqlSession &session, const QString &id)
{
    session.exec(u"SELECT pg_advisory_lock(hashtext('mentats_approval'), hashtext(?))"_s, {id});
}
void unlockApproval(SqlSession &session, const QString &id)
{
    session.exec(u"SELECT pg_advisory_unlock(hashtext('mentats_approval'), hashtext(?))"_s, {id});
}

// Its first parameter is the clock's now, against which "overdue" is judged.
const QString kSelectApproval =
    u"SELECT a.id::text, a.action_id::text, a.run_id::text, a.agent, a.tool_name, a.arguments::text, "
    "x.reasoning, x.target_user_id::text, u.name, a.requested_at, a.expires_at, a.status, "
    "a.expires_at <= ?::timestamptz AS overdue "
    "FROM mentats_approvals a JOIN ai_actions x ON x.id = a.action_id LEFT JOIN users u ON u.id = x.target_user_id "_s;

ApprovalQueue::Pending toPending(const QVariantList &row)
{
    ApprovalQueue::Pending p;
    p.id = row.at(0).toString();
    p.actionId = row.at(1).toString();
    p.runId = row.at(2).toString();
    p.agent = Agents::fromId(row.at(3).toString()).value_or(Agent::OfficeManager);
    p.toolName = row.at(4).toString();
    p.arguments = json::parse(row.at(5).toString().toStdString(), nullptr, false);
    p.reasoning = row.at(6).toString();
    p.targetUserId = row.at(7).toString();
    p.targetName = row.at(8).toString();
    p.requestedAt = SqlTimestamp::decode(row.at(9));
    p.expiresAt = SqlTimestamp::decode(row.at(10));
    return p;
}

// The ai_actions row for a decision that ran nothing (rejected, expired), made at `at`.
QString logDecision(SqlSession &session, const ApprovalQueue::Pending &p, const QString &blockedReason,
                    const json &approval, const QDateTime &at)
{
    ActionRow row;
    row.agent = p.agent;
    row.runId = p.runId;
    row.runStartedAt = at;
    row.contextSnapshot = json{{"approval", approval}};
    row.reasoning = p.reasoning;
    row.toolName = p.toolName;
    row.toolParams = p.arguments;
    row.executionResult = json{{"status", "blocked"}, {"approval", approval}};
    row.blockedReason = blockedReason;
    row.targetUserId = p.targetUserId;
    row.createdAt = at;
    return ActionWriter::append(session, row);
}

// The manager's decision in TeamTime's audit log, when a manager (not a script) decided.
void audit(SqlSession &session, const QString &managerUserId, const QString &action, const QString &approvalId,
           const json &after)
{
    if (!managerUserId.isEmpty())
        AuditLog::record(session, managerUserId, action, u"mentats_approvals"_s, approvalId, {{"status", "pending"}},
                         after);
}

} // namespace

ApprovalQueue::ApprovalQueue(const ToolExecutor &executor, std::shared_ptr<const Clock> clock)
    : m_executor(executor), m_clock(std::move(clock))
{}

QList<ApprovalQueue::Pending> ApprovalQueue::pending(SqlSession &session, int limit) const
{
    const QString now = SqlSession::timestamp(m_clock->nowUtc());
    const SqlRows rows = session.select(
        kSelectApproval +
            u"WHERE a.status = 'pending' AND a.expires_at > ?::timestamptz ORDER BY a.requested_at LIMIT %1"_s.arg(
                limit),
        {now, now});
    QList<Pending> list;
    for (const QVariantList &row : rows.rows)
        list << toPending(row);
    return list;
}

ApprovalQueue::Decision ApprovalQueue::approve(SqlSession &session, const QString &approvalId, const QString &decidedBy,
                                               const QString &managerUserId) const
{
    lockApproval(session, approvalId);
    Decision decision;
    try {
        const QDateTime now = m_clock->nowUtc();
        const SqlRows rows =
            session.select(kSelectApproval + u"WHERE a.id::text = ?"_s, {SqlSession::timestamp(now), approvalId});
        if (rows.isEmpty()) {
            decision = {u"missing"_s, u"There is no approval with the id %1."_s.arg(approvalId), {}, {}};
        } else if (const QString status = rows.rows.front().at(11).toString(); status != u"pending"_s) {
            decision = {u"already_decided"_s, u"This approval was already decided (%1)."_s.arg(status), {}, {}};
        } else if (rows.rows.front().at(12).toBool()) {
            expire(session);
            decision = {u"expired"_s, u"This approval expired before anyone decided."_s, {}, {}};
        } else {
            const Pending p = toPending(rows.rows.front());
            const ContextRequest request = ContextRequestLoader::load(session, p.agent, m_clock);
            const ToolContext context{p.runId, p.agent, false, request.aiSystemUserId, &request};
            const json approval = {{"id", p.id.toStdString()},
                                   {"decidedBy", decidedBy.toStdString()},
                                   {"queuedAction", p.actionId.toStdString()}};
            const ActionLogFields log{now, json{{"approval", approval}}, 0,
                                      u"Approved by %1. %2"_s.arg(decidedBy, p.reasoning).trimmed()};
            LlmToolCall call;
            call.id = p.id;
            call.name = p.toolName;
            call.arguments = p.arguments;
            const ToolCallOutcome outcome =
                m_executor.handleApproved(session, call, context, log, [&](SqlSession &s, const ToolCallOutcome &o) {
                    const bool ran = o.status == ToolCallOutcome::Status::Executed;
                    s.exec(u"UPDATE mentats_approvals SET status = ?, decided_by = ?, decided_at = ?::timestamptz, "
                           "decision_note = ? WHERE id::text = ? AND status = 'pending'"_s,
                           {ran ? u"approved"_s : u"failed"_s, decidedBy, SqlSession::timestamp(now),
                            ran ? QVariant() : QVariant(o.reason), p.id});
                    audit(s, managerUserId, u"mentats_approvals.approve"_s, p.id,
                          {{"status", ran ? "approved" : "failed"},
                           {"decidedBy", decidedBy.toStdString()},
                           {"actionId", o.actionId.toStdString()},
                           {"note", o.reason.toStdString()}});
                });
            const bool ran = outcome.status == ToolCallOutcome::Status::Executed;
            decision.status = ran ? u"approved"_s : u"failed"_s;
            decision.message = ran ? u"Approved and done: %1"_s.arg(outcome.resultForModel)
                                   : u"Approved, but it did not run: %1"_s.arg(outcome.reason);
            decision.actionId = outcome.actionId;
            decision.outcome = outcome;
        }
    } catch (...) {
        unlockApproval(session, approvalId);
        throw;
    }
    unlockApproval(session, approvalId);
    qCInfo(lcTools) << "approval" << approvalId << decision.status << "by" << decidedBy;
    return decision;
}

ApprovalQueue::Decision ApprovalQueue::reject(SqlSession &session, const QString &approvalId, const QString &decidedBy,
                                              const QString &reason, const QString &managerUserId) const
{
    if (reason.trimmed().isEmpty())
        throw DbError(DbError::Kind::Usage, u"Say why the action is rejected: the reason is kept in the log."_s);
    Decision decision;
    const QString now = SqlSession::timestamp(m_clock->nowUtc());
    session.transaction([&] {
        const SqlRows rows =
            session.select(kSelectApproval + u"WHERE a.id::text = ? FOR UPDATE OF a"_s, {now, approvalId});
        if (rows.isEmpty()) {
            decision = {u"missing"_s, u"There is no approval with the id %1."_s.arg(approvalId), {}, {}};
            return;
        }
        const QString status = rows.rows.front().at(11).toString();
        if (status != u"pending"_s) {
            decision = {u"already_decided"_s, u"This approval was already decided (%1)."_s.arg(status), {}, {}};
            return;
        }
        const Pending p = toPending(rows.rows.front());
        session.exec(u"UPDATE mentats_approvals SET status = 'rejected', decided_by = ?, decided_at = ?::timestamptz, "
                     "decision_note = ? WHERE id::text = ?"_s,
                     {decidedBy, now, reason.trimmed(), p.id});
        const json approval = {{"id", p.id.toStdString()},
                               {"decidedBy", decidedBy.toStdString()},
                               {"queuedAction", p.actionId.toStdString()},
                               {"decision", "rejected"}};
        decision.actionId = logDecision(session, p, u"rejected by %1: %2"_s.arg(decidedBy, reason.trimmed()), approval,
                                        m_clock->nowUtc());
        audit(session, managerUserId, u"mentats_approvals.reject"_s, p.id,
              {{"status", "rejected"},
               {"decidedBy", decidedBy.toStdString()},
               {"reason", reason.trimmed().toStdString()}});
        decision.status = u"rejected"_s;
        decision.message = u"Rejected; nothing was done."_s;
    });
    return decision;
}

int ApprovalQueue::expire(SqlSession &session) const
{
    int expired = 0;
    const QString now = SqlSession::timestamp(m_clock->nowUtc());
    session.transaction([&] {
        const SqlRows rows = session.select(kSelectApproval + u"WHERE a.status = 'pending' AND a.expires_at <= "
                                                              "?::timestamptz FOR UPDATE OF a SKIP LOCKED"_s,
                                            {now, now});
        for (const QVariantList &row : rows.rows) {
            const Pending p = toPending(row);
            session.exec(u"UPDATE mentats_approvals SET status = 'expired', decided_at = ?::timestamptz "
                         "WHERE id::text = ?"_s,
                         {now, p.id});
            logDecision(
                session, p, u"approval expired: no manager decided within %1 hours"_s.arg(ToolExecutor::kApprovalHours),
                {{"id", p.id.toStdString()}, {"queuedAction", p.actionId.toStdString()}, {"decision", "expired"}},
                m_clock->nowUtc());
            ++expired;
        }
    });
    return expired;
}

int ApprovalQueue::waitingCount(SqlSession &session) const
{
    return session
        .scalar(u"SELECT count(*) FROM mentats_approvals WHERE status = 'pending' AND expires_at > ?::timestamptz"_s,
                {SqlSession::timestamp(m_clock->nowUtc())})
        .toInt();
}
