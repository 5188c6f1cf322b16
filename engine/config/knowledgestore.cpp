#include "config/knowledgestore.h"

#include "auth/auditlog.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <QUuid>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

constexpr int kMinMemoryLength = 10;
constexpr int kMaxMemoryLength = 500; // as for write_memory: every active memory may go into a prompt
constexpr int kMaxTypeLength = 40;

// The row as it is, for the audit log.
json rowJson(SqlSession &session, const QString &table, const QString &id)
{
    const QVariant row = session.scalar(u"SELECT to_jsonb(t) FROM %1 t WHERE id::text = ?"_s.arg(table), {id});
    if (row.isNull())
        throw DbError(DbError::Kind::Usage,
                      QObject::tr("There is no such entry (%1); it may have been removed.").arg(id));
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
        throw DbError(DbError::Kind::Usage,
                      QObject::tr("Write the policy in at least a full sentence (10 characters)."));
    if (p.priority < 1 || p.priority > 100)
        throw DbError(DbError::Kind::Usage, QObject::tr("The priority is between 1 and 100."));
    if (p.scope == u"location"_s && p.locationId.isEmpty())
        throw DbError(DbError::Kind::Usage, QObject::tr("Choose the location this policy is for."));
    if (p.scope == u"role"_s && p.targetRole.isEmpty())
        throw DbError(DbError::Kind::Usage, QObject::tr("Choose the role this policy is for."));
}

// The run `column` points at, as a lateral join yielding (agent, started_at): our own run record, or else what the
// run's actions recorded (TeamTime's first release logged runs only there). Both lookups are indexed by run id.
QString runLookup(const QString &column, const QString &alias)
{
    return u"LEFT JOIN LATERAL ((SELECT agent, started_at FROM mentats_runs WHERE id = %1) UNION ALL "
           "(SELECT agent::text, run_started_at FROM ai_actions WHERE run_id = %1 LIMIT 1) LIMIT 1) %2 ON true"_s.arg(
               column, alias);
}

KnowledgeStore::RunRef runRef(const QVariant &id, const QVariant &agent, const QVariant &startedAt)
{
    return {id.toString(), agent.toString(), startedAt.isNull() ? QDateTime() : SqlTimestamp::decode(startedAt)};
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QString requireUuid(const QString &id, const QString &what)
{
    if (QUuid::fromString(id).isNull())
        throw DbError(DbError::Kind::Usage, QObject::tr("\"%1\" is not the id of a %2.").arg(id, what));
    return id;
}

// The WHERE clause of a memory filter (aliases m, u, l), its parameters appended to `params` in order.
QString memoryConditions(const KnowledgeStore::MemoryFilter &f, const QDateTime &at, QVariantList &params)
{
    using Expiry = KnowledgeStore::MemoryFilter::Expiry;
    if (!(f.minConfidence >= 0 && f.minConfidence <= 1))
        throw DbError(DbError::Kind::Usage, QObject::tr("The minimum confidence is between 0 and 1."));
    if (f.expiry == Expiry::ExpiringWithin && f.expiringWithinDays < 1)
        throw DbError(DbError::Kind::Usage, QObject::tr("\"Expiring within\" needs at least one day."));
    const auto atNow = [&] {
        params << SqlSession::timestamp(at);
        return u"?::timestamptz"_s;
    };
    QStringList where{u"true"_s};
    if (!f.scope.isEmpty()) {
        where << u"m.scope::text = ?"_s; // as text: a scope this build does not know must not fail the query
        params << f.scope;
    }
    if (!f.userId.isEmpty()) {
        where << u"m.user_id = ?::uuid"_s;
        params << requireUuid(f.userId, QObject::tr("person"));
    }
    if (!f.locationId.isEmpty()) {
        where << u"m.location_id = ?::uuid"_s;
        params << requireUuid(f.locationId, QObject::tr("location"));
    }
    if (!f.memoryType.isEmpty()) {
        where << u"m.memory_type = ?"_s;
        params << f.memoryType;
    }
    if (f.minConfidence > 0) {
        where << u"m.confidence >= ?::numeric"_s;
        params << QString::number(f.minConfidence, 'g', 15);
    }
    if (!f.includeInactive)
        where << u"m.is_active"_s;
    switch (f.expiry) {
    case Expiry::Any:
        if (!f.includeInactive)
            where << u"(m.expires_at IS NULL OR m.expires_at > %1)"_s.arg(atNow());
        break;
    case Expiry::ExpiringWithin: {
        const QString from = atNow();
        const QString to = atNow();
        where << u"m.expires_at > %1 AND m.expires_at <= %2 + make_interval(days => ?::int)"_s.arg(from, to);
        params << f.expiringWithinDays;
        break;
    }
    case Expiry::Expired:
        where << u"m.expires_at <= %1"_s.arg(atNow());
        break;
    case Expiry::Never:
        where << u"m.expires_at IS NULL"_s;
        break;
    }
    if (!f.text.trimmed().isEmpty()) {
        where << u"concat_ws(' ', m.content, m.memory_type, u.name, l.name) ILIKE ?"_s;
        params << likePattern(f.text);
    }
    return where.join(u" AND "_s);
}

} // namespace

KnowledgeStore::Writer KnowledgeStore::lastWriter(const Policy &p)
{
    if (p.lastManagerEdit.at.isValid() && p.lastManagerEdit.at >= p.updatedAt)
        return Writer::Manager;
    if (!p.updatedByRun.id.isEmpty())
        return Writer::Run;
    if (!p.createdByUserId.isEmpty())
        return Writer::TeamTimeUser;
    // A manager edited it and something that leaves no trace changed it since: say so rather than guess.
    return Writer::Unknown;
}

QList<KnowledgeStore::Policy> KnowledgeStore::policies(SqlSession &session)
{
    // created_by_user_id exists where TeamTime's first release made the table; our migration does not add it.
    const bool creator = session.hasColumn(u"ai_policy_notes"_s, u"created_by_user_id"_s);
    const SqlRows rows = session.select(
        u"WITH edits AS (SELECT DISTINCT ON (a.entity_id) a.entity_id, coalesce(a.user_id::text, '') AS user_id, "
        "coalesce(u.name, '') AS name, a.action, a.created_at FROM audit_logs a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE a.entity_type = 'ai_policy_notes' ORDER BY a.entity_id, a.created_at DESC) "
        "SELECT p.id::text, p.scope::text, coalesce(p.location_id::text, ''), coalesce(l.name, ''), "
        "coalesce(p.target_role::text, ''), p.content, p.priority, p.is_active, "
        "coalesce(p.updated_by_run_id::text, ''), r.agent, r.started_at, %1, coalesce(e.user_id, ''), "
        "coalesce(e.name, ''), coalesce(e.action, ''), e.created_at, p.created_at, p.updated_at "
        "FROM ai_policy_notes p LEFT JOIN locations l ON l.id = p.location_id "
        "LEFT JOIN edits e ON e.entity_id = p.id::text %2 %3 "
        "ORDER BY p.is_active DESC, p.priority DESC, p.updated_at DESC"_s.arg(
            creator ? u"coalesce(p.created_by_user_id::text, ''), coalesce(cu.name, '')"_s : u"'', ''"_s,
            runLookup(u"p.updated_by_run_id"_s, u"r"_s),
            creator ? u"LEFT JOIN users cu ON cu.id = p.created_by_user_id"_s : QString()));
    QList<Policy> list;
    for (const QVariantList &r : rows.rows) {
        Policy p;
        p.id = r.at(0).toString();
        p.scope = r.at(1).toString();
        p.locationId = r.at(2).toString();
        p.locationName = r.at(3).toString();
        p.targetRole = r.at(4).toString();
        p.content = r.at(5).toString();
        p.priority = r.at(6).toInt();
        p.active = r.at(7).toBool();
        p.updatedByRun = runRef(r.at(8), r.at(9), r.at(10));
        p.createdByUserId = r.at(11).toString();
        p.createdByUserName = r.at(12).toString();
        p.lastManagerEdit = {r.at(13).toString(), r.at(14).toString(), r.at(15).toString(),
                             r.at(16).isNull() ? QDateTime() : SqlTimestamp::decode(r.at(16))};
        p.createdAt = SqlTimestamp::decode(r.at(17));
        p.updatedAt = SqlTimestamp::decode(r.at(18));
        list << p;
    }
    return list;
}

KnowledgeStore::MemoryList KnowledgeStore::memories(SqlSession &session, const QDateTime &now,
                                                    const MemoryFilter &filter)
{
    QVariantList params;
    const QString where = memoryConditions(filter, now, params);
    params << std::clamp(filter.limit, 1, MemoryFilter::kMaxLimit);
    // The page first, then what it points at: the confirming action is the newest executed write_memory call that
    // names the memory, and counts only if it is the last observation (the call and the observation share one instant
    // of the run's clock); an observation logged elsewhere leaves just the time.
    const SqlRows rows = session.select(
        u"WITH page AS (SELECT m.id, m.scope::text AS scope, coalesce(m.user_id::text, '') AS user_id, "
        "coalesce(m.location_id::text, '') AS location_id, coalesce(u.name, l.name, '') AS subject, m.memory_type, "
        "m.content, m.confidence::float8 AS confidence, m.observation_count, m.is_active, m.expires_at, "
        "m.last_observed_at, m.created_by_run_id, m.created_at, m.updated_at, count(*) OVER () AS total "
        "FROM ai_memory m LEFT JOIN users u ON u.id = m.user_id LEFT JOIN locations l ON l.id = m.location_id "
        "WHERE %1 ORDER BY m.last_observed_at DESC, m.id DESC LIMIT ?), "
        "confirmations AS (SELECT DISTINCT ON (a.execution_result ->> 'memoryId') "
        "a.execution_result ->> 'memoryId' AS memory_id, a.run_id, a.agent::text AS agent, a.run_started_at, "
        "a.created_at FROM ai_actions a WHERE a.tool_name = 'write_memory' AND a.executed "
        "AND a.execution_result ->> 'memoryId' IN (SELECT id::text FROM page) "
        "ORDER BY a.execution_result ->> 'memoryId', a.created_at DESC) "
        "SELECT m.id::text, m.scope, m.user_id, m.location_id, m.subject, m.memory_type, m.content, m.confidence, "
        "m.observation_count, m.is_active, m.expires_at, m.last_observed_at, coalesce(m.created_by_run_id::text, ''), "
        "r.agent, r.started_at, coalesce(c.run_id::text, ''), c.agent, c.run_started_at, m.created_at, m.updated_at, "
        "m.total FROM page m "
        "LEFT JOIN confirmations c ON c.memory_id = m.id::text AND c.created_at >= m.last_observed_at "
        "%2 ORDER BY m.last_observed_at DESC, m.id DESC"_s.arg(where, runLookup(u"m.created_by_run_id"_s, u"r"_s)),
        params);
    MemoryList list;
    for (const QVariantList &r : rows.rows) {
        Memory m;
        m.id = r.at(0).toString();
        m.scope = r.at(1).toString();
        m.userId = r.at(2).toString();
        m.locationId = r.at(3).toString();
        m.subject = r.at(4).toString();
        m.memoryType = r.at(5).toString();
        m.content = r.at(6).toString();
        m.confidence = r.at(7).toDouble();
        m.observations = r.at(8).toInt();
        m.active = r.at(9).toBool();
        m.expiresAt = r.at(10).isNull() ? QDateTime() : SqlTimestamp::decode(r.at(10));
        m.lastObserved = SqlTimestamp::decode(r.at(11));
        m.createdByRun = runRef(r.at(12), r.at(13), r.at(14));
        m.lastConfirmedByRun = runRef(r.at(15), r.at(16), r.at(17));
        m.createdAt = SqlTimestamp::decode(r.at(18));
        m.updatedAt = SqlTimestamp::decode(r.at(19));
        list.totalMatches = r.at(20).toInt();
        list.memories << m;
    }
    return list;
}

KnowledgeStore::MemoryChoices KnowledgeStore::memoryChoices(SqlSession &session)
{
    MemoryChoices choices;
    for (const QVariantList &r : session.select(u"SELECT DISTINCT memory_type FROM ai_memory ORDER BY 1"_s).rows)
        choices.memoryTypes << r.at(0).toString();
    for (const QVariantList &r : session
                                     .select(u"SELECT u.id::text, u.name FROM users u WHERE EXISTS (SELECT 1 FROM "
                                             "ai_memory m WHERE m.user_id = u.id) ORDER BY u.name, u.id"_s)
                                     .rows)
        choices.people << qMakePair(r.at(0).toString(), r.at(1).toString());
    for (const QVariantList &r : session
                                     .select(u"SELECT l.id::text, l.name FROM locations l WHERE EXISTS (SELECT 1 "
                                             "FROM ai_memory m WHERE m.location_id = l.id) ORDER BY l.name, l.id"_s)
                                     .rows)
        choices.locations << qMakePair(r.at(0).toString(), r.at(1).toString());
    return choices;
}

QList<QPair<QString, QString>> KnowledgeStore::locations(SqlSession &session)
{
    QList<QPair<QString, QString>> found;
    for (const QVariantList &r : session.select(u"SELECT id::text, name FROM locations ORDER BY name"_s).rows)
        found << qMakePair(r.at(0).toString(), r.at(1).toString());
    return found;
}

QList<FieldProblem> KnowledgeStore::validateMemory(const Memory &m)
{
    QList<FieldProblem> problems;
    const QString content = m.content.trimmed();
    if (content.size() < kMinMemoryLength)
        problems << FieldProblem{u"content"_s, QObject::tr("Write the memory in at least a full sentence (%1 "
                                                           "characters).")
                                                   .arg(kMinMemoryLength)};
    else if (content.size() > kMaxMemoryLength)
        problems << FieldProblem{u"content"_s, QObject::tr("Keep the memory within %1 characters: the Office Manager "
                                                           "reads every active memory in its prompt.")
                                                   .arg(kMaxMemoryLength)};
    const QString type = m.memoryType.trimmed();
    if (type.isEmpty())
        problems << FieldProblem{u"memoryType"_s,
                                 QObject::tr("Give the memory a type, such as pattern or preference.")};
    else if (type.size() > kMaxTypeLength || type.contains(u'\n'))
        problems << FieldProblem{u"memoryType"_s, QObject::tr("The type is a word or two on one line (at most %1 "
                                                              "characters).")
                                                      .arg(kMaxTypeLength)};
    if (!(m.confidence >= 0 && m.confidence <= 1))
        problems << FieldProblem{u"confidence"_s, QObject::tr("The confidence is between 0 and 1.")};
    return problems;
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
                      p.scope == u"role"_s ? QVariant(p.targetRole) : QVariant(), p.content.trimmed(), p.priority,
                      p.id});
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

void KnowledgeStore::updateMemory(SqlSession &session, const Memory &m, const QString &managerUserId)
{
    if (const QList<FieldProblem> problems = validateMemory(m); !problems.isEmpty())
        throw DbError(DbError::Kind::Usage, problems.front().message);
    audited(session, u"ai_memory"_s, m.id, u"ai_memory.update"_s, managerUserId, [&] {
        // numeric(3,2): rounded here, so that the audit row shows what was stored.
        session.exec(u"UPDATE ai_memory SET content = ?, memory_type = ?, confidence = ?::numeric, updated_at = now() "
                     "WHERE id::text = ?"_s,
                     {m.content.trimmed(), m.memoryType.trimmed(), QString::number(m.confidence, 'f', 2), m.id});
    });
}

void KnowledgeStore::setMemoryActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId)
{
    audited(
        session, u"ai_memory"_s, id, active ? u"ai_memory.activate"_s : u"ai_memory.deactivate"_s, managerUserId, [&] {
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
