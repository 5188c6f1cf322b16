#include "tools/kpiproposals.h"

#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void decide(SqlSession &session, const QString &id, const QString &status, const QString &by, const QDateTime &now,
            const QString &note)
{
    session.transaction([&] {
        const QVariant current =
            session.scalar(u"SELECT status FROM mentats_kpi_proposals WHERE id::text = ? FOR UPDATE"_s, {id});
        if (current.isNull())
            throw DbError(DbError::Kind::Usage, u"There is no KPI proposal with the id %1."_s.arg(id));
        if (current.toString() != u"proposed"_s)
            throw DbError(DbError::Kind::Usage,
                          u"This KPI proposal was already decided (%1)."_s.arg(current.toString()));
        if (status == u"accepted"_s)
            session.exec(u"UPDATE mentats_kpi_proposals o SET status = 'superseded' FROM mentats_kpi_proposals n "
                         "WHERE n.id::text = ? AND o.status = 'accepted' AND o.metric = n.metric AND o.scope = n.scope "
                         "AND o.location_id IS NOT DISTINCT FROM n.location_id "
                         "AND o.target_role IS NOT DISTINCT FROM n.target_role"_s,
                         {id});
        session.exec(u"UPDATE mentats_kpi_proposals SET status = ?, decided_by = ?, decided_at = ?::timestamptz, "
                     "decision_note = ? WHERE id::text = ?"_s,
                     {status, by, SqlSession::timestamp(now),
                      note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()), id});
    });
}

} // namespace

void KpiProposals::accept(SqlSession &session, const QString &proposalId, const QString &decidedBy,
                          const QDateTime &now, const QString &note)
{
    decide(session, proposalId, u"accepted"_s, decidedBy, now, note);
}

void KpiProposals::reject(SqlSession &session, const QString &proposalId, const QString &decidedBy,
                          const QDateTime &now, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw DbError(DbError::Kind::Usage, u"Say why the proposal is rejected: the optimizer reads the reason."_s);
    decide(session, proposalId, u"rejected"_s, decidedBy, now, reason);
}
