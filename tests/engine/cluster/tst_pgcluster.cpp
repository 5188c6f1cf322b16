// The private cluster starts, serves, stops and leaves no process behind: as root (the server then runs as an
// unprivileged account) and as a normal user (as root, the test becomes "nobody" in a child process to check it).
#include "clirunner.h"
#include "cluster/pgcluster.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

bool alive(qint64 pid)
{
    return PgCluster::processExists(pid);
}

uid_t ownerOf(qint64 pid)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(u"/proc/%1"_s.arg(pid)).constData(), &st);
    return st.st_uid;
}

// Every process whose command line mentions `needle` (to find strays: postmaster children, pg_ctl).
QList<qint64> processesMentioning(const QString &needle)
{
    QList<qint64> pids;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == ::getpid())
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && QString::fromLocal8Bit(cmdline.readAll()).contains(needle) &&
            alive(pid))
            pids << pid;
    }
    return pids;
}

// QTemporaryDir makes a 0700 directory; as root the server's account must be able to pass through it.
void openForServiceAccount(const QTemporaryDir &dir)
{
    QFile::setPermissions(dir.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsServesAndStopsWithoutLeftovers()
    {
        QTemporaryDir dir(u"/tmp/mentats-cluster-XXXXXX"_s);
        QVERIFY(dir.isValid());
        openForServiceAccount(dir);
        const QString directory = dir.path() + u"/cluster"_s;
        PgCluster cluster(directory);
        QVERIFY(!cluster.isRunning());
        cluster.start();
        QVERIFY(cluster.isRunning());
        const qint64 pid = cluster.postmasterPid();
        QVERIFY(alive(pid));
        if (::geteuid() == 0) {
            QVERIFY2(ownerOf(pid) != 0, "PostgreSQL must not run as root");
            QCOMPARE(cluster.account().dropPrivileges, true);
        } else {
            QCOMPARE(ownerOf(pid), ::geteuid());
        }
        // It serves, on its private socket only.
        {
            SqlSession session(u"cluster-test"_s, cluster.connectionSettings(u"postgres"_s));
            QCOMPARE(session.scalar(u"SELECT 6 * 7"_s).toInt(), 42);
            QCOMPARE(session.scalar(u"SHOW listen_addresses"_s).toString(), QString());
            QCOMPARE(session.scalar(u"SHOW unix_socket_directories"_s).toString(), cluster.socketDirectory());
        }
        QCOMPARE(QFile::permissions(cluster.socketDirectory()) &
                     (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup),
                 QFile::Permissions());

        // Starting again reuses the running server.
        PgCluster again(directory);
        again.start();
        QCOMPARE(again.postmasterPid(), pid);

        cluster.stop();
        QVERIFY(!cluster.isRunning());
        QVERIFY(!alive(pid));
        QVERIFY2(processesMentioning(directory).isEmpty(), "a server process was left behind");
        cluster.stop(); // stopping a stopped cluster is fine

        // And it comes back, with its data.
        cluster.start();
        QVERIFY(cluster.isRunning());
        cluster.stop();
        QVERIFY(processesMentioning(directory).isEmpty());
    }

    void refusesADirectoryTheServiceAccountCannotReach()
    {
        if (::geteuid() != 0)
            QSKIP("only root hands the cluster to another account");
        QTemporaryDir closed(u"/tmp/mentats-closed-XXXXXX"_s); // 0700, owned by root
        QVERIFY(closed.isValid());
        PgCluster cluster(closed.path() + u"/inner/cluster"_s);
        try {
            cluster.start();
            QFAIL("started in a directory the server's account cannot reach");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Environment);
            QVERIFY2(error.message().contains(u"cannot reach"_s), qPrintable(error.message()));
        }
    }

    void refusesASocketPathThatIsTooLong()
    {
        QTemporaryDir dir(u"/tmp/mentats-long-XXXXXX"_s);
        openForServiceAccount(dir);
        PgCluster cluster(dir.path() + u'/' + QString(90, u'd'));
        QVERIFY_THROWS_EXCEPTION(DbError, cluster.start());
    }

    // Two `demo-db start` at once: one cluster, one build, both get the same URL.
    void startsOnceWhenStartedTwiceAtOnce()
    {
        QTemporaryDir dir(u"/tmp/mentats-twice-XXXXXX"_s);
        openForServiceAccount(dir);
        const QString directory = dir.path() + u"/demo"_s;
        const QStringList arguments{u"demo-db"_s, u"start"_s, u"--dir"_s, directory};
        QFuture<CliResult> first = QtConcurrent::run([arguments]() { return CliRunner().run(arguments); });
        QFuture<CliResult> second = QtConcurrent::run([arguments]() { return CliRunner().run(arguments); });
        const CliResult a = first.result();
        const CliResult b = second.result();
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(a.lastOutLine(), b.lastOutLine());
        const int built = int(a.out.startsWith(u"Built"_s)) + int(b.out.startsWith(u"Built"_s));
        const int reused = int(a.out.startsWith(u"Reused"_s)) + int(b.out.startsWith(u"Reused"_s));
        QCOMPARE(built, 1);
        QCOMPARE(reused, 1);
        QCOMPARE(CliRunner().run({u"demo-db"_s, u"stop"_s, u"--dir"_s, directory}).exitCode, 0);
        QVERIFY(processesMentioning(directory).isEmpty());
    }

    // The whole demo command as an ordinary user: when the test runs as root, a child process becomes "nobody".
    void runsTheDemoAsANormalUser()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "MENTATS_CLI must name the mentats binary");
        QTemporaryDir dir(u"/tmp/mentats-user-XXXXXX"_s);
        QVERIFY(dir.isValid());
        const QString directory = dir.path() + u"/demo"_s;

        CliRunner cli;
        cli.setEnvironment(u"HOME"_s, dir.path());
        uid_t uid = ::geteuid();
        if (uid == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody)
                QSKIP("no \"nobody\" account to act as a normal user");
            uid = nobody->pw_uid;
            QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
            cli.runAs(nobody->pw_uid, nobody->pw_gid);
            // The build tree may sit where "nobody" cannot go (a clone under /root): run a copy of the binary.
            const QString copy = dir.path() + u"/mentats"_s;
            QVERIFY(QFile::copy(CliRunner::binary(), copy));
            cli.setBinary(copy);
        }

        const CliResult start = cli.run({u"demo-db"_s, u"start"_s, u"--dir"_s, directory});
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        const QString url = start.lastOutLine();
        QVERIFY2(url.startsWith(u"postgresql://"_s), qPrintable(start.out));

        PgCluster cluster(directory);
        const qint64 pid = cluster.postmasterPid();
        QVERIFY(alive(pid));
        QCOMPARE(ownerOf(pid), uid);

        const CliResult located = cli.run({u"demo-db"_s, u"url"_s, u"--dir"_s, directory});
        QCOMPARE(located.exitCode, 0);
        QCOMPARE(located.out, url);

        const CliResult stop = cli.run({u"demo-db"_s, u"stop"_s, u"--dir"_s, directory});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QVERIFY(!alive(pid));
        QVERIFY2(processesMentioning(directory).isEmpty(), "a server process was left behind");

        const CliResult gone = cli.run({u"demo-db"_s, u"url"_s, u"--dir"_s, directory});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(u"is not running"_s), qPrintable(gone.err));
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
