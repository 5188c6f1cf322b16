#pragma once

#include "migrations/migration.h"
#include "migrations/schemastatus.h"

#include <QCoroTask>
#include <functional>

class Database;
class DbError;
class SqlSession;

// Applies the embedded migrations to a TeamTime database, each in its own transaction together with its row in
// mentats_schema_migrations, under an advisory lock so two consoles never migrate at once. A failing migration
// rolls back completely and names the statement that failed. Then builds the indexes the migrations build
// concurrently (ConcurrentIndex), outside any transaction, so that TeamTime keeps writing to its tables meanwhile:
// those missing, and again those an interrupted build left INVALID (dropped first — only ever our own mentats_*).
class Migrator
{
public:
    static constexpr int kMinimumServerVersion = 130000; // gen_random_uuid() in core, ADD VALUE in transactions

    explicit Migrator(QList<Migration> migrations = Migration::builtIn());

    const QList<Migration> &migrations() const { return m_migrations; }

    // How long a statement may wait for a lock TeamTime holds before the migration gives up (default 10 s).
    void setLockTimeoutMs(int ms) { m_lockTimeoutMs = ms; }
    // How long a concurrent index build may wait for TeamTime's transactions on its table to end (default 5 min):
    // it blocks none of TeamTime's reads and writes while it waits, so it may wait longer.
    void setIndexLockTimeoutMs(int ms) { m_indexLockTimeoutMs = ms; }

    // Blocking: for database worker threads.
    SchemaStatus inspect(SqlSession &session) const;
    // Applies what is pending, then builds the indexes (buildIndexes). Returns the migrations applied.
    QList<Migration> migrate(SqlSession &session, const std::function<void(const Migration &)> &onApplied = {}) const;
    // Builds the concurrent indexes of the applied migrations that are missing or invalid; returns those built.
    // Throws DbError(Migration) when one cannot be built (the others are still tried; the migrations stay applied).
    QList<IndexState> buildIndexes(SqlSession &session) const;

    // TeamTime tables the session's role does not own (and so cannot migrate).
    static QStringList unownedTeamTimeTables(SqlSession &session);

    // The same, run on the database's worker threads.
    QCoro::Task<SchemaStatus> inspect(Database &database) const;
    QCoro::Task<QList<Migration>> migrate(Database &database) const;

private:
    void checkPreconditions(SqlSession &session) const;
    bool apply(SqlSession &session, const Migration &migration) const; // false: someone else applied it
    bool applyOnce(SqlSession &session, const Migration &migration) const;
    QList<IndexState> indexStates(SqlSession &session, const QList<MigrationState> &applied) const;
    void buildIndex(SqlSession &session, const IndexState &index) const;
    static DbError ownerNeeded(SqlSession &session, const QString &where, const DbError &error);

    QList<Migration> m_migrations;
    int m_lockTimeoutMs = 10000;
    int m_indexLockTimeoutMs = 5 * 60 * 1000;
};
