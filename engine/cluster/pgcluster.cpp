#include "cluster/pgcluster.h"

#include "core/logging.h"
#include "db/dberror.h"

#include <QCoroFuture>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <csignal>
#include <grp.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kUnixSocketPathMax = 107; // sizeof(sockaddr_un::sun_path) - 1 on Linux

} // namespace

bool PgCluster::processExists(qint64 pid)
{
    // A zombie (exited, not yet reaped by a container's init) counts as gone.
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}

PgCluster::PgCluster(QString directory)
    : m_directory(QDir(directory).absolutePath()), m_account(ServiceAccount::forCurrentProcess())
{}

QString PgCluster::dataDirectory() const
{
    return m_directory + u"/data"_s;
}

QString PgCluster::socketDirectory() const
{
    return m_directory + u"/run"_s;
}

QString PgCluster::logFile() const
{
    return m_directory + u"/log/postgresql.log"_s;
}

const PgBinaries &PgCluster::binaries() const
{
    if (m_binaries.binDir.isEmpty())
        m_binaries = PgBinaries::locate();
    return m_binaries;
}

bool PgCluster::isInitialized() const
{
    return QFileInfo::exists(dataDirectory() + u"/PG_VERSION"_s);
}

qint64 PgCluster::postmasterPid() const
{
    QFile pidFile(dataDirectory() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong();
}

bool PgCluster::isRunning() const
{
    return isInitialized() && processExists(postmasterPid());
}

PgCluster::ProcessResult PgCluster::runAsService(const QString &program, const QStringList &arguments,
                                                 int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.remove(u"PGDATA"_s);
    if (m_account.dropPrivileges)
        env.insert(u"HOME"_s, m_directory);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_directory);
    if (m_account.dropPrivileges) {
        const uid_t uid = m_account.uid;
        const gid_t gid = m_account.gid;
        // Runs in the forked child before exec: become the service account for good.
        process.setChildProcessModifier([uid, gid]() {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        });
    }
    qCDebug(lcCluster) << "running" << program << arguments;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        throw DbError(DbError::Kind::Environment, u"Could not start %1: %2."_s.arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        throw DbError(
            DbError::Kind::Environment,
            u"%1 did not finish within %2 seconds."_s.arg(QFileInfo(program).fileName()).arg(timeoutMs / 1000));
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (result.exitCode == 126 && m_account.dropPrivileges)
        throw DbError(DbError::Kind::Environment,
                      u"Could not switch to the \"%1\" account to run PostgreSQL."_s.arg(m_account.name));
    return result;
}

void PgCluster::prepareDirectories()
{
    for (const QString &dir : QStringList{m_directory, dataDirectory(), socketDirectory(), m_directory + u"/log"_s}) {
        if (!QDir().mkpath(dir))
            throw DbError(DbError::Kind::Environment, u"Could not create the directory %1."_s.arg(dir));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_account.takeOwnership(dir);
    }
    if (!m_account.canReach(m_directory))
        throw DbError(
            DbError::Kind::Environment,
            u"PostgreSQL refuses to run as root, so the cluster runs as \"%1\", which cannot reach %2 (a "
            "parent directory is closed to it): choose another directory, e.g. --dir /var/lib/mentats/demo-db."_s.arg(
                m_account.name, m_directory));
    const QString socketPath = socketDirectory() + u"/.s.PGSQL.%1"_s.arg(kPort);
    if (QFile::encodeName(socketPath).size() > kUnixSocketPathMax)
        throw DbError(DbError::Kind::Environment,
                      u"The directory %1 is too deep for a unix socket (the path may be at most %2 bytes): choose a "
                      "shorter --dir."_s.arg(m_directory)
                          .arg(kUnixSocketPathMax - 14));
}

void PgCluster::initialize()
{
    const PgBinaries &bin = binaries();
    qCInfo(lcCluster) << "creating a PostgreSQL" << bin.majorVersion << "cluster in" << dataDirectory();
    const ProcessResult result =
        runAsService(bin.initdb,
                     {u"--pgdata"_s, dataDirectory(), u"--username"_s, QString::fromLatin1(kSuperuser),
                      u"--auth=trust"_s, u"--encoding=UTF8"_s, u"--locale=C"_s, u"--no-sync"_s},
                     120000);
    if (result.exitCode != 0)
        throw DbError(DbError::Kind::Environment, u"initdb could not create the cluster in %1."_s.arg(dataDirectory()),
                      result.output);

    // Our settings go last in postgresql.conf so they win. A throwaway cluster trades durability for speed.
    QFile conf(dataDirectory() + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        throw DbError(DbError::Kind::Environment, u"Could not write %1."_s.arg(conf.fileName()));
    const QString settings = u"\n# Mentats private cluster\n"
                             "listen_addresses = ''\n"
                             "unix_socket_directories = '%1'\n"
                             "unix_socket_permissions = 0700\n"
                             "port = %2\n"
                             "timezone = 'UTC'\n"
                             "max_connections = 200\n"
                             "fsync = off\n"
                             "synchronous_commit = off\n"
                             "full_page_writes = off\n"
                             "log_min_messages = warning\n"
                             "log_min_error_statement = panic\n"_s.arg(socketDirectory())
                                 .arg(kPort);
    conf.write(settings.toUtf8());
}

// Serializes start and stop between processes (two consoles, a console and a terminal) on one directory.
std::unique_ptr<QLockFile> PgCluster::lockDirectory() const
{
    if (!QDir().mkpath(m_directory))
        throw DbError(DbError::Kind::Environment, u"Could not create the directory %1."_s.arg(m_directory));
    auto lock = std::make_unique<QLockFile>(m_directory + u"/cluster.lock"_s);
    if (!lock->tryLock(120000))
        throw DbError(
            DbError::Kind::Environment,
            u"Another process has held %1 for two minutes: wait for it, or remove the lock file if it died."_s.arg(
                lock->fileName()));
    return lock;
}

void PgCluster::start()
{
    const auto lock = lockDirectory();
    prepareDirectories();
    if (isRunning()) {
        qCInfo(lcCluster) << "reusing the running cluster in" << m_directory;
        return;
    }
    if (!isInitialized())
        initialize();
    const PgBinaries &bin = binaries();
    const ProcessResult result = runAsService(bin.pgCtl,
                                              {u"start"_s, u"--pgdata"_s, dataDirectory(), u"--log"_s, logFile(),
                                               u"--wait"_s, u"--timeout=60"_s, u"--silent"_s},
                                              90000);
    if (result.exitCode != 0 || !isRunning()) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll()).right(2000);
        throw DbError(DbError::Kind::Environment,
                      u"PostgreSQL did not start in %1: see %2."_s.arg(m_directory, logFile()),
                      result.output + u'\n' + tail);
    }
    qCInfo(lcCluster) << "started PostgreSQL in" << m_directory << "pid" << postmasterPid();
}

void PgCluster::stop()
{
    if (!QFileInfo::exists(m_directory))
        return;
    const auto lock = lockDirectory();
    const qint64 pid = postmasterPid();
    if (!isInitialized() || !processExists(pid))
        return;
    const ProcessResult result = runAsService(
        binaries().pgCtl,
        {u"stop"_s, u"--pgdata"_s, dataDirectory(), u"--mode=fast"_s, u"--wait"_s, u"--timeout=60"_s, u"--silent"_s},
        90000);
    // pg_ctl waits for the pid file to go; make sure the postmaster itself is gone as well.
    QElapsedTimer timer;
    timer.start();
    while (processExists(pid) && timer.elapsed() < 30000)
        QThread::msleep(20);
    if (processExists(pid))
        throw DbError(DbError::Kind::Environment,
                      u"PostgreSQL in %1 (pid %2) did not stop."_s.arg(m_directory).arg(pid), result.output);
    qCInfo(lcCluster) << "stopped PostgreSQL in" << m_directory;
}

QCoro::Task<void> PgCluster::startAsync()
{
    QFuture<void> started = QtConcurrent::run([this]() { start(); });
    co_await started;
}

QCoro::Task<void> PgCluster::stopAsync()
{
    QFuture<void> stopped = QtConcurrent::run([this]() { stop(); });
    co_await stopped;
}

ConnectionSettings PgCluster::connectionSettings(const QString &database) const
{
    ConnectionSettings settings;
    settings.host = socketDirectory();
    settings.port = kPort;
    settings.user = QString::fromLatin1(kSuperuser);
    settings.database = database;
    return settings;
}
