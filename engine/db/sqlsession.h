#pragma once

#include "db/connectionsettings.h"
#include "db/sqlrows.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

// A connection as seen by work running on a database worker thread. It hands out plain data only; every
// failure is a DbError. exec() accepts a script of several statements and runs them one by one (wrap it in
// transaction() to make them atomic); select(), scalar() and statements with parameters (positional `?`
// placeholders) take exactly one statement.
class SqlSession
{
public:
    SqlSession(QString connectionName, ConnectionSettings settings);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    // Opens the connection if it is not open (or was broken). Throws DbError(Connection).
    void ensureOpen();
    void close();
    bool isOpen() const;

    void exec(const QString &sql, const QVariantList &params = {});
    int execAffected(const QString &sql, const QVariantList &params = {});
    SqlRows select(const QString &sql, const QVariantList &params = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {});

    // Runs fn inside BEGIN ... COMMIT; any exception rolls back and propagates.
    void transaction(const std::function<void()> &fn);
    bool inTransaction() const { return m_inTransaction; }

    int serverVersionNum();

    // What this TeamTime version has: a table (or view), a column of a table, in the current schema.
    bool hasTable(const QString &table);
    bool hasColumn(const QString &table, const QString &column);
    const ConnectionSettings &settings() const { return m_settings; }

    // NOTICE and WARNING messages the server sent since the last call (also logged under mentats.db).
    QStringList takeNotices();
    void recordNotice(const QString &notice);

    // Parameters for timestamptz columns: always an explicit UTC instant, never the machine's local time.
    static QString timestamp(const QDateTime &instant);

private:
    SqlRows run(const QString &sql, const QVariantList &params, int *affected);

    QString m_connectionName;
    ConnectionSettings m_settings;
    bool m_inTransaction = false;
    int m_serverVersionNum = 0;
    QStringList m_notices;
};
