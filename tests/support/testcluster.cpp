#include "testcluster.h"

#include "db/sqlsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<QTemporaryDir> g_privateDir;

void stopPrivateCluster()
{
    TestCluster::instance().cluster().stop();
    g_privateDir.reset();
}

} // namespace

void TestCluster::prepare(const QString &directory)
{
    PgCluster cluster(directory);
    const bool fresh = !cluster.isInitialized();
    cluster.start();
    if (!fresh)
        return;
    // Password authentication for one role over the socket; everyone else keeps trust.
    const QString hbaPath = cluster.dataDirectory() + u"/pg_hba.conf"_s;
    QFile hba(hbaPath);
    if (!hba.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(hbaPath));
    const QByteArray rules = "local all " + QByteArray(kPasswordUser) + " scram-sha-256\n" + hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size())
        qFatal("cannot write %s", qPrintable(hbaPath));
    hba.close();
    SqlSession admin(u"test-cluster-prepare"_s, cluster.connectionSettings(u"postgres"_s));
    admin.exec(u"CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'"_s.arg(QString::fromLatin1(kPasswordUser),
                                                                     QString::fromLatin1(kPassword)));
    admin.exec(u"SELECT pg_reload_conf()"_s);
}

TestCluster::TestCluster()
{
    QString directory = qEnvironmentVariable("MENTATS_TEST_CLUSTER_DIR");
    if (directory.isEmpty()) {
        g_privateDir = std::make_unique<QTemporaryDir>(u"/tmp/mentats-test-XXXXXX"_s);
        // Open for the server's account when we are root (QTemporaryDir makes it 0700).
        QFile::setPermissions(g_privateDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ExeGroup | QFile::ExeOther);
        directory = g_privateDir->path() + u"/cluster"_s;
        m_ownsCluster = true;
    }
    prepare(directory);
    m_cluster = std::make_unique<PgCluster>(directory);
    if (m_ownsCluster)
        qAddPostRoutine(stopPrivateCluster);
}

TestCluster &TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}
