#include "config/knowledgestore.h"

#include "auth/auditlog.h"
#include "context/contextformat.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// The row as it is, for the audit log.
json rowJson(SqlSession &session, const QString &table, const QString &id)
{
    const QVariant row = session.scalar(u"SELECT to_jsonb(t) FROM %1 t WHERE id::text = ?"_s.arg(table), {id});
    if (row.isNull())
        throw DbError(DbError::Kind::Usage, QObject::tr("There is no such entry (%1); it may have been removed.").arg(id));
    return json::parse(row.toString().toStdString());
}

// Changes one row of `table` with `change`, and records before/after in audit_logs, in one transaction.
void audited(SqlSession &session, const QString &table, const QString &id, const QString &action,
             const QString &managerUserId, const std::function<void()> &change)
{
    session.transaction([&] {
        session.exec(u"SELECT 1 FROM %1 WHERE id::text = ? FOR UPDATE"_s.arg(table), {id});
        const json before = rowJson(session, table, id);
        change();
        AuditLog::record(session, managerUserId, action, table, id, before, rowJson(session, table, id));
    });
}

void checkPolicy(const KnowledgeStore::Policy &p)
{
    if (p.content.trimmed().size() < 10)
        throw DbError(DbError::Kind::Usage, QObject::tr("Write the policy in at least a full sentence (10 characters)."));
    if (p.priority < 1 || p.priority > 100)
        throw DbError(DbError::Kind::Usage, QObject::tr("The priority is between 1 and 100."));
    if (p.scope == u"location"_s && p.locationId.isEmpty())
        throw DbError(DbError::Kind::Usage, QObject::tr("Choose the location this policy is for."));
    if (p.scope == u"role"_s && p.targetRole.isEmpty())
        throw DbError(DbError::Kind::Usage, QObject::tr("Choose the role this policy is for."));
}

} // namespace

QList<KnowledgeStore::Policy> KnowledgeStore::policies(SqlSession &session)
{
    const SqlRows rows = session.select(
        u"SELECT p.id::text, p.scope::text, coalesce(p.location_id::text, ''), coalesce(l.name, ''), "
        "coalesce(p.target_role::text, ''), p.content, p.priority, p.is_active, coalesce(p.updated_by_run_id::text, ''), "
        "p.updated_at FROM ai_policy_notes p LEFT JOIN locations l ON l.id = p.location_id "
        "ORDER BY p.is_active DESC, p.priority DESC, p.updated_at DESC"_s);
    QList<Policy> list;
    for (const QVariantList &r : rows.rows)
        list << Policy{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                       r.at(4).toString(), r.at(5).toString(), r.at(6).toInt(), r.at(7).toBool(), r.at(8).toString(),
                       ContextFormat::timestamp(r.at(9))};
    return list;
}

QList<KnowledgeStore::Memory> KnowledgeStore::memories(SqlSession &session, const QString &search, bool includeInactive,
                                                       int limit)
{
    QString where = includeInactive ? u"true"_s : u"m.is_active AND (m.expires_at IS NULL OR m.expires_at > now())"_s;
    QVariantList params;
    if (!search.trimmed().isEmpty()) {
        where += u" AND concat_ws(' ', m.content, m.memory_type, u.name, l.name) ILIKE ?"_s;
        params << QVariant(u"%"_s + search.trimmed() + u"%"_s);
    }
    const SqlRows rows = session.select(
        u"SELECT m.id::text, m.scope::text, coalesce(u.name, l.name, ''), m.memory_type, m.content, "
        "m.confidence::float8, m.observation_count, m.is_active, m.expires_at, m.last_observed_at, "
        "coalesce(m.created_by_run_id::text, '') FROM ai_memory m LEFT JOIN users u ON u.id = m.user_id "
        "LEFT JOIN locations l ON l.id = m.location_id WHERE %1 ORDER BY m.last_observed_at DESC LIMIT %2"_s.arg(
            where, QString::number(limit)),
        params);
    QList<Memory> list;
    for (const QVariantList &r : rows.rows)
        list << Memory{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                       r.at(4).toString(), r.at(5).toDouble(), r.at(6).toInt(), r.at(7).toBool(),
                       ContextFormat::timestamp(r.at(8)), ContextFormat::timestamp(r.at(9)), r.at(10).toString()};
    return list;
}

QString KnowledgeStore::createPolicy(SqlSession &session, const Policy &p, const QString &managerUserId)
{
    checkPolicy(p);
    QString id;
    session.transaction([&] {
        id = session
                 .scalar(u"INSERT INTO ai_policy_notes (scope, location_id, target_role, content, priority) VALUES "
                         "(?::ai_policy_scope, ?::uuid, ?::user_role, ?, ?) RETURNING id::text"_s,
                         {p.scope, p.scope == u"location"_s ? QVariant(p.locationId) : QVariant(),
                          p.scope == u"role"_s ? QVariant(p.targetRole) : QVariant(), p.content.trimmed(), p.priority})
                 .toString();
        AuditLog::record(session, managerUserId, u"ai_policy_notes.create"_s, u"ai_policy_notes"_s, id, nullptr,
                         rowJson(session, u"ai_policy_notes"_s, id));
    });
    return id;
}

void KnowledgeStore::updatePolicy(SqlSession &session, const Policy &p, const QString &managerUserId)
{
    checkPolicy(p);
    audited(session, u"ai_policy_notes"_s, p.id, u"ai_policy_notes.update"_s, managerUserId, [&] {
        session.exec(u"UPDATE ai_policy_notes SET scope = ?::ai_policy_scope, location_id = ?::uuid, "
                     "target_role = ?::user_role, content = ?, priority = ?, updated_at = now() WHERE id::text = ?"_s,
                     {p.scope, p.scope == u"location"_s ? QVariant(p.locationId) : QVariant(),
                      p.scope == u"role"_s ? QVariant(p.targetRole) : QVariant(), p.content.trimmed(), p.priority, p.id});
    });
}

void KnowledgeStore::setPolicyActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId)
{
    audited(session, u"ai_policy_notes"_s, id, active ? u"ai_policy_notes.activate"_s : u"ai_policy_notes.deactivate"_s,
            managerUserId, [&] {
                session.exec(u"UPDATE ai_policy_notes SET is_active = ?, updated_at = now() WHERE id::text = ?"_s,
                             {active, id});
            });
}

void KnowledgeStore::setMemoryActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId)
{
    audited(session, u"ai_memory"_s, id, active ? u"ai_memory.activate"_s : u"ai_memory.deactivate"_s, managerUserId,
            [&] {
                session.exec(u"UPDATE ai_memory SET is_active = ?, updated_at = now() WHERE id::text = ?"_s, {active, id});
            });
}

void KnowledgeStore::setMemoryExpiry(SqlSession &session, const QString &id, const QDateTime &expiresAt,
                                     const QString &managerUserId)
{
    audited(session, u"ai_memory"_s, id, u"ai_memory.expiry"_s, managerUserId, [&] {
        session.exec(u"UPDATE ai_memory SET expires_at = ?::timestamptz, updated_at = now() WHERE id::text = ?"_s,
                     {expiresAt.isValid() ? QVariant(SqlSession::timestamp(expiresAt)) : QVariant(), id});
    });
}
