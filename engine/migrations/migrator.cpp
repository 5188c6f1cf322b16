#include "migrations/migrator.h"

#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sqlscript.h"
#include "db/sqlsession.h"
#include "migrations/indexinventory.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

// The TeamTime tables our schema refers to (foreign keys, indexes).
constexpr std::array kRequiredTeamTimeTables = {"users",
                                                "locations",
                                                "tasks",
                                                "task_completions",
                                                "messages",
                                                "conversation_participants",
                                                "shifts",
                                                "time_entries",
                                                "purchase_requests",
                                                "atm_withdrawals",
                                                "notifications"};

const QString kInsufficientPrivilege = u"42501"_s;

constexpr qint64 kMigrationLockKey = 0x6d656e7461747301; // "mentats" + 1
constexpr qint64 kIndexLockKey = 0x6d656e7461747303;     // "mentats" + 3
const QString kLockNotAvailable = u"55P03"_s;

const QString kBookkeepingSql = uR"(
CREATE TABLE IF NOT EXISTS mentats_schema_migrations (
    version integer PRIMARY KEY NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    applied_by text DEFAULT current_user NOT NULL,
    engine_version text,
    duration_ms integer
))"_s;

} // namespace

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::ranges::sort(m_migrations, {}, &Migration::version);
}

SchemaStatus Migrator::inspect(SqlSession &session) const
{
    SchemaStatus status;
    status.serverVersionNum = session.serverVersionNum();
    status.serverVersion = session.scalar(u"SELECT current_setting('server_version')"_s).toString();
    for (const char *table : kRequiredTeamTimeTables) {
        if (!session.hasTable(QString::fromLatin1(table)))
            status.missingTeamTimeTables << QString::fromLatin1(table);
    }
    if (status.isTeamTime()) {
        // ai_tool_config marks current TeamTime unless migration 0017 created it (and said so in its comment).
        const bool teamTimesToolConfig =
            session
                .scalar(u"SELECT to_regclass('ai_tool_config') IS NOT NULL AND coalesce(obj_description("
                        "to_regclass('ai_tool_config'), 'pg_class'), '') NOT LIKE 'mentats:%'"_s)
                .toBool();
        if (teamTimesToolConfig || session.hasColumn(u"ai_config"_s, u"run_interval_minutes"_s))
            status.teamTime = SchemaStatus::TeamTimeVersion::Current;
        else if (session.hasColumn(u"ai_config"_s, u"tone"_s))
            status.teamTime = SchemaStatus::TeamTimeVersion::FirstAiRelease;
        else
            status.teamTime = SchemaStatus::TeamTimeVersion::Baseline;
    }

    QHash<int, QVariantList> applied;
    if (session.hasTable(u"mentats_schema_migrations"_s)) {
        const SqlRows rows =
            session.select(u"SELECT version, name, applied_at, checksum FROM mentats_schema_migrations "
                           "ORDER BY version"_s);
        for (const QVariantList &row : rows.rows)
            applied.insert(row.at(0).toInt(), row);
    }
    for (const Migration &migration : m_migrations) {
        MigrationState state;
        state.version = migration.version;
        state.name = migration.name;
        if (const auto it = applied.constFind(migration.version); it != applied.cend()) {
            state.applied = true;
            state.appliedAt = it->at(2).toDateTime();
            state.modifiedSinceApplied = !migration.matchesChecksum(it->at(3).toByteArray());
            applied.erase(it);
        }
        status.migrations << state;
    }
    status.unknownAppliedVersions = applied.keys();
    std::ranges::sort(status.unknownAppliedVersions);
    if (status.isTeamTime())
        status.indexes = indexStates(session, status.migrations);
    return status;
}

QList<IndexState> Migrator::indexStates(SqlSession &session, const QList<MigrationState> &states) const
{
    QHash<QString, IndexInventory::Index> existing;
    for (const IndexInventory::Index &index : IndexInventory::list(session))
        existing.insert(index.name, index);
    const QStringList extensions = IndexInventory::extensions(session);
    QList<IndexState> indexes;
    for (const Migration &migration : m_migrations) {
        const auto state = std::ranges::find(states, migration.version, &MigrationState::version);
        if (state == states.end() || !state->applied)
            continue;
        for (const ConcurrentIndex &index : migration.indexes) {
            IndexState is{index.name, index.table, migration.version, IndexState::State::Missing, index.extension};
            if (const auto it = existing.constFind(index.name); it != existing.cend())
                is.state = it->valid ? IndexState::State::Valid : IndexState::State::Invalid;
            else if (!index.extension.isEmpty() && !extensions.contains(index.extension))
                is.state = IndexState::State::NeedsExtension;
            indexes << is;
        }
    }
    return indexes;
}

void Migrator::checkPreconditions(SqlSession &session) const
{
    const int version = session.serverVersionNum();
    if (version < kMinimumServerVersion)
        throw DbError(DbError::Kind::Schema,
                      u"The server runs PostgreSQL %1.%2; Mentats needs PostgreSQL 13 or later."_s.arg(version / 10000)
                          .arg(version % 10000));
    QStringList missing;
    for (const char *table : kRequiredTeamTimeTables) {
        if (!session.hasTable(QString::fromLatin1(table)))
            missing << QString::fromLatin1(table);
    }
    if (!missing.isEmpty())
        throw DbError(DbError::Kind::Schema,
                      u"This is not a TeamTime database (it has no %1 table%2): point --db at TeamTime's database, or "
                      "use the demo database (mentats demo-db start)."_s.arg(missing.join(u", "_s),
                                                                             missing.size() > 1 ? u"s"_s : QString()));
    // Adding foreign keys to and indexes on TeamTime's tables takes their owner: say so before trying.
    const QStringList notOwned = unownedTeamTimeTables(session);
    if (!notOwned.isEmpty())
        throw DbError(DbError::Kind::Schema,
                      u"The role \"%1\" does not own TeamTime's tables (%2), which the migrations alter: run `mentats "
                      "migrate` as TeamTime's database owner."_s.arg(
                          session.scalar(u"SELECT current_user"_s).toString(), notOwned.join(u", "_s)));
}

QStringList Migrator::unownedTeamTimeTables(SqlSession &session)
{
    QStringList tables;
    for (const char *table : kRequiredTeamTimeTables)
        tables << QString::fromLatin1(table);
    const SqlRows rows = session.select(u"SELECT c.relname FROM pg_class c WHERE c.oid = ANY (SELECT to_regclass(t) "
                                        u"FROM unnest(string_to_array(?, ',')) t) "
                                        "AND NOT pg_has_role(current_user, c.relowner, 'USAGE') ORDER BY c.relname"_s,
                                        {tables.join(u',')});
    QStringList notOwned;
    for (const QVariantList &row : rows.rows)
        notOwned << row.at(0).toString();
    return notOwned;
}

// A role that may use the database but not change its schema (the engine's least-privilege role, say): the server's
// "permission denied for schema public" or "must be owner of table" becomes what to do about it. Called after the
// transaction rolled back, so the session can still ask who it is.
DbError Migrator::ownerNeeded(SqlSession &session, const QString &where, const DbError &error)
{
    QString who = session.settings().user;
    try {
        who = session.scalar(u"SELECT current_user"_s).toString();
    } catch (const DbError &) {
        // the connection is gone: the configured name will do
    }
    QString reason = error.message();
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return DbError(
        DbError::Kind::Migration,
        u"%1 needs privileges the role \"%2\" does not have (%3): migrations must be run by TeamTime's "
        "database owner, so run `mentats migrate` as that role. Nothing was changed."_s.arg(where, who, reason),
        error.detail(), error.sqlState());
}

bool Migrator::apply(SqlSession &session, const Migration &migration) const
{
    try {
        return applyOnce(session, migration);
    } catch (const DbError &error) {
        if (error.kind() != DbError::Kind::Query || error.sqlState() != kInsufficientPrivilege)
            throw;
        throw ownerNeeded(session, migration.label(), error);
    }
}

bool Migrator::applyOnce(SqlSession &session, const Migration &migration) const
{
    QElapsedTimer timer;
    timer.start();
    bool appliedHere = false;
    session.transaction([&] {
        session.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLockKey));
        // Index builds on big tables may take a while; waiting behind TeamTime's own locks must not (a waiting
        // ALTER TABLE would queue every TeamTime query behind it).
        session.exec(u"SET LOCAL statement_timeout = '15min'; SET LOCAL lock_timeout = %1"_s.arg(m_lockTimeoutMs));
        session.exec(kBookkeepingSql);
        if (session
                .scalar(u"SELECT EXISTS (SELECT 1 FROM mentats_schema_migrations WHERE version = ?)"_s,
                        {migration.version})
                .toBool())
            return; // another console applied it while we waited for the lock
        for (const SqlStatement &helper : SqlScript::split(Migration::helpersSql()))
            session.exec(helper.sql);

        const QList<SqlStatement> &statements = migration.statements;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            try {
                session.exec(statements.at(i).sql);
            } catch (const DbError &error) {
                if (error.kind() == DbError::Kind::Connection)
                    throw;
                const QString where = migration.label();
                if (error.sqlState() == kInsufficientPrivilege) // said once rolled back, by apply()
                    throw DbError(
                        DbError::Kind::Query,
                        u"statement %1, line %2: %3"_s.arg(i + 1).arg(statements.at(i).line).arg(error.message()),
                        statements.at(i).sql, error.sqlState());
                if (error.sqlState() == kLockNotAvailable) // TeamTime holds the table
                    throw DbError(DbError::Kind::Migration,
                                  u"%1 waited more than %2 s for a table TeamTime is using (statement %3, line %4): "
                                  "try again when the store is quiet. Nothing was changed."_s.arg(where)
                                      .arg(m_lockTimeoutMs / 1000.0)
                                      .arg(i + 1)
                                      .arg(statements.at(i).line),
                                  statements.at(i).sql, error.sqlState());
                throw DbError(DbError::Kind::Migration,
                              u"%1 failed at statement %2 of %3 (line %4): %5 Nothing was changed."_s.arg(where)
                                  .arg(i + 1)
                                  .arg(statements.size())
                                  .arg(statements.at(i).line)
                                  .arg(error.message().endsWith(u'.') ? error.message() : error.message() + u'.'),
                              statements.at(i).sql, error.sqlState());
            }
        }
        session.exec(u"INSERT INTO mentats_schema_migrations (version, name, checksum, engine_version, duration_ms) "
                     "VALUES (?, ?, ?, ?, ?)"_s,
                     {migration.version, migration.name, QString::fromLatin1(migration.checksum),
                      QCoreApplication::applicationVersion(), int(timer.elapsed())});
        appliedHere = true;
    });
    if (appliedHere)
        qCInfo(lcMigrate) << "applied migration" << migration.version << migration.name << "in" << timer.elapsed()
                          << "ms";
    return appliedHere;
}

QList<Migration> Migrator::migrate(SqlSession &session, const std::function<void(const Migration &)> &onApplied) const
{
    const SchemaStatus before = inspect(session);
    if (before.isTeamTime() && before.isUpToDate())
        return {};
    checkPreconditions(session);
    QList<Migration> applied;
    for (const Migration &migration : m_migrations) {
        const auto state = std::ranges::find(before.migrations, migration.version, &MigrationState::version);
        if (state != before.migrations.end() && state->applied)
            continue;
        if (!apply(session, migration))
            continue;
        applied << migration;
        if (onApplied)
            onApplied(migration);
    }
    buildIndexes(session);
    return applied;
}

QList<IndexState> Migrator::buildIndexes(SqlSession &session) const
{
    if (session.inTransaction())
        throw DbError(DbError::Kind::Usage, u"Indexes are built concurrently, which PostgreSQL allows only outside a "
                                            "transaction."_s);
    if (inspect(session).indexesToBuild().isEmpty())
        return {};
    // One console at a time. Waiting for another holds no transaction open: a concurrent build waits for every
    // transaction older than it in this database, so a waiter inside one would deadlock with it.
    QElapsedTimer waited;
    waited.start();
    while (!session.scalar(u"SELECT pg_try_advisory_lock(%1)"_s.arg(kIndexLockKey)).toBool()) {
        if (waited.elapsed() > m_indexLockTimeoutMs)
            throw DbError(DbError::Kind::Migration,
                          u"Another console has been building the engine's indexes for over %1 s: run `mentats "
                          "migrate` again later."_s.arg(m_indexLockTimeoutMs / 1000));
        QThread::msleep(100);
    }
    const QString statementTimeout = session.scalar(u"SHOW statement_timeout"_s).toString();
    const QString lockTimeout = session.scalar(u"SHOW lock_timeout"_s).toString();
    const auto restore = qScopeGuard([&] {
        try {
            session.exec(u"SET statement_timeout = '%1'; SET lock_timeout = '%2'; SELECT pg_advisory_unlock(%3)"_s
                             .arg(statementTimeout, lockTimeout)
                             .arg(kIndexLockKey));
        } catch (const DbError &) {
            // the connection is gone, and with it the lock and the settings
        }
    });
    // A build takes as long as the table is big; it blocks none of TeamTime's reads and writes meanwhile.
    session.exec(u"SET statement_timeout = 0; SET lock_timeout = %1"_s.arg(m_indexLockTimeoutMs));

    QList<IndexState> built;
    QStringList failures;
    QString detail;
    QString sqlState;
    // Read again under the lock: another console may just have built them.
    for (const IndexState &index : inspect(session).indexesToBuild()) {
        try {
            buildIndex(session, index);
            built << index;
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::Connection)
                throw;
            failures << (error.sqlState() == kLockNotAvailable
                             ? u"%1 on %2 waited more than %3 s for TeamTime's transactions on the table to end"_s
                                   .arg(index.name, index.table)
                                   .arg(m_indexLockTimeoutMs / 1000.0)
                             : u"%1 on %2: %3"_s.arg(index.name, index.table, error.message()));
            detail = error.detail();
            sqlState = error.sqlState();
        }
    }
    if (!failures.isEmpty())
        throw DbError(DbError::Kind::Migration,
                      u"The migrations are applied, but %1 of the engine's indexes could not be built (%2): it is "
                      "built on the next `mentats migrate`, best when the store is quiet."_s.arg(failures.size())
                          .arg(failures.join(u"; "_s)),
                      detail, sqlState);
    return built;
}

void Migrator::buildIndex(SqlSession &session, const IndexState &index) const
{
    const ConcurrentIndex *definition = nullptr;
    for (const Migration &migration : m_migrations) {
        for (const ConcurrentIndex &candidate : migration.indexes) {
            if (candidate.name == index.name)
                definition = &candidate;
        }
    }
    Q_ASSERT(definition);
    QElapsedTimer timer;
    timer.start();
    // IF NOT EXISTS would keep an invalid index as it is: only ever one of our own names (ConcurrentIndex).
    if (index.state == IndexState::State::Invalid) {
        qCWarning(lcMigrate) << "index" << index.name << "is invalid (an interrupted build): building it again";
        session.exec(u"DROP INDEX CONCURRENTLY IF EXISTS %1"_s.arg(index.name));
    }
    session.exec(definition->sql);
    qCInfo(lcMigrate) << "built index" << index.name << "on" << index.table << "in" << timer.elapsed() << "ms";
}

QCoro::Task<SchemaStatus> Migrator::inspect(Database &database) const
{
    // GCC 12 may destroy temporaries inside a co_await expression twice: await named locals only.
    QFuture<SchemaStatus> status = database.run([this](SqlSession &session) { return inspect(session); });
    co_return co_await status;
}

QCoro::Task<QList<Migration>> Migrator::migrate(Database &database) const
{
    QFuture<QList<Migration>> applied = database.run([this](SqlSession &session) { return migrate(session); });
    co_return co_await applied;
}
