#include "diagnostics/doctor.h"

#include "core/businesscalendar.h"
#include "db/database.h"
#include "db/dberror.h"
#include "migrations/indexinventory.h"
#include "migrations/migrator.h"

#include <QLocale>
#include <QSqlDatabase>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

DoctorCheck ok(QString title, QString detail = {})
{
    return {DoctorCheck::Verdict::Ok, std::move(title), std::move(detail), {}};
}
DoctorCheck warning(QString title, QString detail)
{
    return {DoctorCheck::Verdict::Warning, std::move(title), std::move(detail), {}};
}
DoctorCheck failed(QString title, QString detail)
{
    return {DoctorCheck::Verdict::Failed, std::move(title), std::move(detail), {}};
}

struct ExpectedUnique
{
    const char *table;
    const char *columns; // as PostgreSQL lists them in pg_get_constraintdef / indexdef, sorted
};

// Constraints the migrations add unless existing rows break them; the doctor says when one is missing.
constexpr ExpectedUnique kExpectedUniques[] = {
    {"ai_config", "agent"},
    {"ai_cooldowns", "action_type,agent,related_entity_id,user_id"},
    {"staff_metrics_daily", "date,user_id"},
    {"location_metrics_daily", "date,location_id"},
};

// What the engine does to TeamTime's tables and the plan's AI and metrics tables (besides SELECT and INSERT and UPDATE
// on every mentats_* table): a role missing any of it — the engine role's script not run again after an upgrade,
// say — fails runs halfway, so the doctor says so first. Tables this TeamTime version lacks are not asked about.
struct NeededPrivileges
{
    const char *table;
    const char *privileges;
};
constexpr NeededPrivileges kEngineNeeds[] = {
    {"users", "SELECT"},
    {"locations", "SELECT"},
    {"shifts", "SELECT"},
    {"time_entries", "SELECT"},
    {"tasks", "SELECT,INSERT"},
    {"messages", "SELECT,INSERT"},
    {"conversations", "SELECT,INSERT"},
    {"conversation_participants", "SELECT,INSERT"},
    {"notifications", "SELECT,INSERT"},
    {"audit_logs", "SELECT,INSERT"},
    {"ai_config", "SELECT,UPDATE"},
    {"ai_actions", "SELECT,INSERT"},
    {"ai_cooldowns", "SELECT,INSERT,DELETE"},
    {"ai_memory", "SELECT,INSERT,UPDATE"},
    {"ai_policy_notes", "SELECT,INSERT,UPDATE"},
    {"ai_tool_config", "SELECT,INSERT,UPDATE,DELETE"},
    {"ai_context_config", "SELECT,INSERT,UPDATE,DELETE"},
    {"staff_metrics_daily", "SELECT,INSERT,UPDATE,DELETE"},
    {"location_metrics_daily", "SELECT,INSERT,UPDATE,DELETE"},
    {"auction_metrics", "SELECT,INSERT,DELETE"},
    {"mentats_attendance_daily", "DELETE"},
};

// "DELETE on ai_cooldowns", … for what the connected role may not do. Column privileges count for SELECT, INSERT
// and UPDATE (the engine role reads users without pin_hash); CASE keeps the privilege test off missing tables.
QStringList missingPrivileges(SqlSession &session)
{
    QStringList needs;
    for (const NeededPrivileges &n : kEngineNeeds)
        for (const QString &privilege : QString::fromLatin1(n.privileges).split(u','))
            needs << u"('%1', '%2')"_s.arg(QString::fromLatin1(n.table), privilege);
    const SqlRows rows = session.select(
        u"WITH needs(tbl, priv) AS ("
        "  VALUES "_s +
        needs.join(u", "_s) +
        u"  UNION ALL"
        "  SELECT c.relname::text, p.priv FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace,"
        "    unnest(CASE WHEN c.relname = 'mentats_schema_migrations' THEN ARRAY['SELECT']"
        "                ELSE ARRAY['SELECT', 'INSERT', 'UPDATE'] END) AS p(priv)"
        "  WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname LIKE 'mentats\\_%')"
        "SELECT priv || ' on ' || tbl FROM needs WHERE CASE"
        "  WHEN to_regclass(quote_ident(tbl)) IS NULL THEN false"
        "  WHEN priv = 'DELETE' THEN NOT has_table_privilege(quote_ident(tbl), priv)"
        "  ELSE NOT has_any_column_privilege(quote_ident(tbl), priv) END "
        "ORDER BY tbl, priv"_s);
    QStringList missing;
    for (const QVariantList &row : rows.rows)
        missing << row.front().toString();
    return missing;
}

} // namespace

Doctor::Doctor(ConnectionSettings settings) : m_settings(std::move(settings)) {}

bool Doctor::allPassed(const QList<DoctorCheck> &checks)
{
    return std::ranges::none_of(checks, [](const DoctorCheck &c) { return c.verdict == DoctorCheck::Verdict::Failed; });
}

QCoro::Task<QList<DoctorCheck>> Doctor::run()
{
    QList<DoctorCheck> checks;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        checks << failed(u"Qt PostgreSQL driver"_s, u"QPSQL is missing: install the package libqt6sql6-psql."_s);
        co_return checks;
    }
    checks << ok(u"Qt PostgreSQL driver"_s, u"QPSQL is installed."_s);

    Database database(m_settings, 1);
    QFuture<QList<DoctorCheck>> done = database.run([checks](SqlSession &session) mutable {
        try {
            checkDatabase(session, checks);
        } catch (const DbError &error) {
            checks << failed(session.isOpen() ? u"Database"_s : u"Connection"_s, error.message());
        }
        return checks;
    });
    co_return co_await done;
}

void Doctor::checkDatabase(SqlSession &session, QList<DoctorCheck> &checks)
{
    session.ensureOpen();
    const QString who = session.scalar(u"SELECT current_user"_s).toString();
    const SchemaStatus status = Migrator().inspect(session);
    checks << ok(u"Connection"_s,
                 u"Connected to %1, database \"%2\", as %3: PostgreSQL %4."_s.arg(
                     session.settings().endpoint(), session.settings().database, who, status.serverVersion));
    if (status.serverVersionNum < Migrator::kMinimumServerVersion)
        checks << failed(u"Server version"_s,
                         u"PostgreSQL %1 is too old: Mentats needs 13 or later."_s.arg(status.serverVersion));

    if (!status.isTeamTime()) {
        checks << failed(u"TeamTime schema"_s, u"This is not a TeamTime database (missing: %1)."_s.arg(
                                                   status.missingTeamTimeTables.join(u", "_s)));
        return;
    }
    checks << ok(u"TeamTime schema"_s, status.teamTimeLabel() + u'.');

    const int pending = status.pendingCount();
    if (pending > 0) {
        checks << failed(
            u"Mentats schema"_s,
            u"%1 of %2 migrations are pending: run `mentats migrate`."_s.arg(pending).arg(status.migrations.size()));
        const QStringList notOwned = Migrator::unownedTeamTimeTables(session);
        if (!notOwned.isEmpty())
            checks << failed(u"Permissions"_s,
                             u"%1 does not own TeamTime's tables (%2): migrate as TeamTime's database "
                             "owner."_s.arg(who, notOwned.join(u", "_s)));
    } else {
        checks << ok(u"Mentats schema"_s, u"All %1 migrations are applied."_s.arg(status.migrations.size()));
        const QStringList missing = missingPrivileges(session);
        if (missing.isEmpty()) {
            checks << ok(u"Privileges"_s, u"%1 may do everything the engine does."_s.arg(who));
        } else {
            const qsizetype shown = std::min<qsizetype>(missing.size(), 5);
            checks << failed(
                u"Privileges"_s,
                u"%1 may not %2%3: runs would fail halfway. Run mentats-engine-role.sql again as TeamTime's "
                "database owner (it is in /usr/share/mentats/sql, see docs/deployment.md)."_s.arg(
                    who, missing.mid(0, shown).join(u", "_s),
                    missing.size() > shown ? u" (%1 in all)"_s.arg(missing.size()) : QString()));
        }
    }
    for (const MigrationState &m : status.migrations) {
        if (m.modifiedSinceApplied)
            checks << warning(u"Mentats schema"_s,
                              u"Migration %1 (%2) changed after it was applied on %3."_s.arg(m.version).arg(m.name).arg(
                                  m.appliedAt.toString(Qt::ISODate)));
    }
    if (!status.unknownAppliedVersions.isEmpty())
        checks << warning(u"Mentats schema"_s, u"A newer Mentats applied migrations this version does not know (%1): "
                                               "upgrade this console."_s.arg(status.unknownAppliedVersions.size()));

    for (const ExpectedUnique &unique : kExpectedUniques) {
        const QString table = QString::fromLatin1(unique.table);
        if (session.scalar(u"SELECT to_regclass(?) IS NULL"_s, {table}).toBool())
            continue;
        const bool present =
            session
                .scalar(u"SELECT EXISTS (SELECT 1 FROM pg_index ix WHERE ix.indrelid = ?::regclass AND ix.indisunique "
                        "AND (SELECT string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_attribute a "
                        "WHERE a.attrelid = ix.indrelid AND a.attnum = ANY (ix.indkey)) = ?)"_s,
                        {table, QString::fromLatin1(unique.columns)})
                .toBool();
        if (!present)
            checks << warning(u"Constraints"_s,
                              u"%1 lacks its unique constraint on (%2): existing rows repeat, so it was "
                              "not added; remove the repeats and run `mentats migrate` again."_s.arg(
                                  table, QString::fromLatin1(unique.columns)));
    }

    checkIndexes(session, status, checks);

    if (pending == status.migrations.size())
        return; // settings and the system user arrive with the migrations
    const QString zoneId =
        session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_time_zone'"_s).toString();
    if (!BusinessCalendar::isKnownZoneId(zoneId)) {
        checks << failed(
            u"Business time zone"_s,
            u"\"%1\" is not a time zone this machine knows: set an IANA name such as America/Los_Angeles."_s.arg(
                zoneId));
    } else {
        const BusinessCalendar calendar{QTimeZone(zoneId.toUtf8())};
        const QDateTime now = calendar.nowLocal();
        checks << ok(u"Business time zone"_s, u"%1: it is now %2 there."_s.arg(
                                                  zoneId, QLocale::c().toString(now, u"dddd d MMMM yyyy, HH:mm t"_s)));
    }
    const SqlRows systemUser =
        session.select(u"SELECT u.name, u.is_active, u.password_hash IS NULL FROM users u "
                       "JOIN mentats_settings s ON s.key = 'ai_system_user_id' AND u.id = (s.value #>> '{}')::uuid"_s);
    if (systemUser.isEmpty())
        checks << failed(u"AI system user"_s, u"The Office Manager's system user is missing: run `mentats migrate`."_s);
    else if (systemUser.rows.front().at(1).toBool() || !systemUser.rows.front().at(2).toBool())
        checks << warning(u"AI system user"_s, u"\"%1\" can sign in (it is active or has a password): deactivate it in "
                                               "TeamTime."_s.arg(systemUser.rows.front().at(0).toString()));
    else
        checks << ok(u"AI system user"_s,
                     u"\"%1\" exists and cannot sign in."_s.arg(systemUser.rows.front().at(0).toString()));
}

// Every index the engine added (mentats_*), with its table, whether it is valid and its size; and what the next
// migrate would build.
void Doctor::checkIndexes(SqlSession &session, const SchemaStatus &status, QList<DoctorCheck> &checks)
{
    const QLocale c = QLocale::c();
    const QList<IndexInventory::Index> indexes = IndexInventory::list(session);
    qint64 bytes = 0;
    int invalid = 0;
    QList<DoctorCheck::Item> items;
    for (const IndexInventory::Index &index : indexes) {
        bytes += index.bytes;
        invalid += index.valid ? 0 : 1;
        items << DoctorCheck::Item{
            index.name,
            u"on %1, %2, %3"_s.arg(index.table, index.valid ? u"valid"_s : u"INVALID (an interrupted build)"_s,
                                   c.formattedDataSize(index.bytes))};
    }
    QStringList problems;
    QList<DoctorCheck> unbuilt;
    for (const IndexState &index : status.indexes) {
        switch (index.state) {
        case IndexState::State::Valid:
            break;
        case IndexState::State::Missing:
            problems << u"%1 on %2 is missing"_s.arg(index.name, index.table);
            break;
        case IndexState::State::Invalid:
            problems << u"%1 on %2 was left invalid by an interrupted build"_s.arg(index.name, index.table);
            break;
        case IndexState::State::NeedsExtension:
            unbuilt << warning(
                u"Indexes"_s,
                u"%1 on %2 is not built: it needs the PostgreSQL extension %3, which is not installed, so "
                "the queries it serves read the whole table. Install it (on Debian the server's "
                "postgresql-contrib; then CREATE EXTENSION %3 as a role allowed to), then run `mentats "
                "migrate`."_s.arg(index.name, index.table, index.extension));
            break;
        }
    }
    QString summary = indexes.isEmpty() ? u"The engine has added no indexes yet."_s
                                        : u"%1 of the engine's own (mentats_*), %2 in all%3."_s.arg(indexes.size())
                                              .arg(c.formattedDataSize(bytes))
                                              .arg(invalid == 0 ? u", all valid"_s : u", %1 invalid"_s.arg(invalid));
    DoctorCheck check = problems.isEmpty() ? ok(u"Indexes"_s, summary)
                                           : warning(u"Indexes"_s, summary + u" "_s + problems.join(u"; "_s) +
                                                                       u": run `mentats migrate` to build "_s +
                                                                       (problems.size() == 1 ? u"it."_s : u"them."_s));
    check.items = items;
    checks << check << unbuilt;
}
