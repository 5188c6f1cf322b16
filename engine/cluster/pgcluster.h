#pragma once

#include "cluster/pgbinaries.h"
#include "cluster/serviceaccount.h"
#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QString>
#include <QStringList>
#include <memory>

class QLockFile;

// A private PostgreSQL cluster in a directory we own, for the demo and the tests. It listens only on a unix
// socket inside that directory (no TCP port, nothing reachable from the network), with trust authentication
// guarded by the socket directory's 0700 permissions. Layout:
//   DIR/data     the cluster (PGDATA)
//   DIR/run      the socket directory
//   DIR/log      the server log
// The blocking calls run initdb/pg_ctl and are meant for worker threads, the CLI and tests; the GUI uses the
// Async variants.
class PgCluster
{
public:
    static constexpr int kPort = 5432; // names the socket file only: the socket directory is private
    static constexpr auto kSuperuser = "mentats";

    explicit PgCluster(QString directory);

    const QString &directory() const { return m_directory; }
    QString dataDirectory() const;
    QString socketDirectory() const;
    QString logFile() const;
    const ServiceAccount &account() const { return m_account; }

    bool isInitialized() const;
    bool isRunning() const;
    qint64 postmasterPid() const; // 0 when there is no pid file

    // Creates the cluster if the directory has none, then starts it unless it is already running. Throws DbError.
    void start();
    // Stops the server (fast shutdown) and waits until its processes are gone. A no-op when not running.
    void stop();

    QCoro::Task<void> startAsync();
    QCoro::Task<void> stopAsync();

    ConnectionSettings connectionSettings(const QString &database) const;

    // Whether a process is alive (a zombie is not).
    static bool processExists(qint64 pid);

private:
    std::unique_ptr<QLockFile> lockDirectory() const;
    void initialize();
    void prepareDirectories();
    struct ProcessResult
    {
        int exitCode = -1;
        QString output;
    };
    ProcessResult runAsService(const QString &program, const QStringList &arguments, int timeoutMs) const;
    const PgBinaries &binaries() const;

    QString m_directory;
    ServiceAccount m_account;
    mutable PgBinaries m_binaries;
};
