#include "cluster/pgbinaries.h"

#include "core/logging.h"
#include "db/dberror.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString pgConfigBinDir()
{
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, {u"--bindir"_s});
    if (!process.waitForFinished(5000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString newestDebianBinDir()
{
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::ranges::sort(versions, [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &version : versions) {
        const QString binDir = root.filePath(version + u"/bin"_s);
        if (PgBinaries::isComplete(binDir))
            return binDir;
    }
    return {};
}

int versionOf(const QString &postgres)
{
    QProcess process;
    process.start(postgres, {u"--version"_s});
    if (!process.waitForFinished(5000))
        return 0;
    static const QRegularExpression number(u"\\(PostgreSQL\\) (\\d+)"_s);
    return number.match(QString::fromLocal8Bit(process.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

bool PgBinaries::isComplete(const QString &binDir)
{
    if (binDir.isEmpty())
        return false;
    const QDir dir(binDir);
    return QFileInfo(dir.filePath(u"initdb"_s)).isExecutable() && QFileInfo(dir.filePath(u"pg_ctl"_s)).isExecutable() &&
           QFileInfo(dir.filePath(u"postgres"_s)).isExecutable();
}

PgBinaries PgBinaries::locate()
{
    QStringList candidates;
    candidates << qEnvironmentVariable("MENTATS_PG_BINDIR") << pgConfigBinDir() << newestDebianBinDir();
    const QString onPath = QStandardPaths::findExecutable(u"initdb"_s);
    if (!onPath.isEmpty())
        candidates << QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();

    for (const QString &binDir : std::as_const(candidates)) {
        if (!isComplete(binDir))
            continue;
        PgBinaries found;
        found.binDir = binDir;
        const QDir dir(binDir);
        found.initdb = dir.filePath(u"initdb"_s);
        found.pgCtl = dir.filePath(u"pg_ctl"_s);
        found.postgres = dir.filePath(u"postgres"_s);
        found.majorVersion = versionOf(found.postgres);
        qCDebug(lcCluster) << "using PostgreSQL" << found.majorVersion << "from" << binDir;
        return found;
    }
    throw DbError(DbError::Kind::Environment,
                  u"PostgreSQL's server programs (initdb, pg_ctl) were not found: install the Debian package "
                  "\"postgresql\" or set MENTATS_PG_BINDIR."_s);
}
