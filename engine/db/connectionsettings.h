#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

// Where and how to reach PostgreSQL, parsed from a libpq-style URI:
//   postgresql://user:password@host:port/dbname?sslmode=require&connect_timeout=5
//   postgresql://user@/dbname?host=/run/postgresql          (unix socket directory)
// Other libpq parameters (sslrootcert, target_session_attrs, ...) pass through untouched.
struct ConnectionSettings
{
    static constexpr int kDefaultPort = 5432;
    static constexpr int kDefaultConnectTimeoutSecs = 10;
    static constexpr int kDefaultStatementTimeoutMs = 30000;

    QString host; // a host name, an IP address, or the directory of a unix socket
    int port = kDefaultPort;
    QString user;
    QString password; // never logged; empty lets libpq use PGPASSWORD or ~/.pgpass
    QString database;
    QString sslMode; // empty: libpq's default (prefer)
    int connectTimeoutSecs = kDefaultConnectTimeoutSecs;
    int statementTimeoutMs = kDefaultStatementTimeoutMs;
    QString applicationName = QStringLiteral("mentats");
    QList<QPair<QString, QString>> extraOptions;

    // Throws DbError(Usage) with a sentence that names the problem.
    static ConnectionSettings fromUrl(const QString &url);

    bool isUnixSocket() const { return host.startsWith(u'/'); }
    QString toUrl() const;          // with the password: for handing to a child process, never for printing
    QString redactedUrl() const;    // safe for logs and screens
    QString endpoint() const;       // "db.example.com:5432" or "socket /run/postgresql (port 5432)"
    QString connectOptions() const; // the QPSQL connect-options string (timeouts, TLS, application name)

    void applyTo(QSqlDatabase &db) const;

    bool operator==(const ConnectionSettings &) const = default;

private:
    QString buildUrl(bool withPassword) const;
};
