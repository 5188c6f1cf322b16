#pragma once

#include <QDateTime>
#include <QString>

class SqlSession;

// A manager's answer to a KPI threshold proposal (propose_kpi_thresholds). Accepting puts it in force — replacing an
// accepted threshold for the same metric and scope, which becomes "superseded" — and the Revenue Optimizer measures
// against it from its next run (the kpi-thresholds context module). Rejecting keeps it, with the reason, so the
// optimizer sees what was turned down.
namespace KpiProposals {

// Decided at `now` (the caller's clock: the optimizer reads rejections of the last 90 days by it). Throws
// DbError(Usage) when the proposal does not exist or was already decided.
void accept(SqlSession &session, const QString &proposalId, const QString &decidedBy, const QDateTime &now,
            const QString &note = {});
void reject(SqlSession &session, const QString &proposalId, const QString &decidedBy, const QDateTime &now,
            const QString &reason);

} // namespace KpiProposals
