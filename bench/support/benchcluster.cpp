#include "benchcluster.h"

#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QFile>
#include <QLocale>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

BenchCluster::BenchCluster(const BenchOptions &options)
    : m_scratch(u"/tmp/mentats-bench-XXXXXX"_s), m_directory(options.directory), m_benchName(options.name)
{
    // As root the server runs as an unprivileged account, which must be able to reach a scratch cluster.
    QFile::setPermissions(m_scratch.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    if (m_directory.isEmpty()) {
        m_directory = m_scratch.path() + u"/cluster"_s;
    } else {
        m_givenCluster = true;
        m_stopAtEnd = !PgCluster(m_directory).isRunning();
    }
    m_tiny = options.tiny;
}

BenchCluster::~BenchCluster()
{
    try {
        // A scratch cluster goes as a whole; a given one keeps only what it had.
        if (m_givenCluster && PgCluster(m_directory).isRunning()) {
            for (const QString &name : std::as_const(m_dropAtEnd))
                dropDatabase(name);
        }
        if (m_stopAtEnd)
            PgCluster(m_directory).stop();
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-%s: cleaning up: %s\n", qPrintable(m_benchName), error.what());
    }
}

QString BenchCluster::scratchPath(const QString &fileName) const
{
    return m_scratch.filePath(fileName);
}

DemoDatabase &BenchCluster::demo(DemoOptions::Size size)
{
    std::unique_ptr<DemoDatabase> &demo = m_demos[size];
    if (!demo) {
        QString name = QString::fromLatin1(DemoDatabase::kDatabaseName);
        if (m_tiny)
            name = u"mentats_bench_"_s + m_benchName;
        if (size == DemoOptions::Size::Large)
            name += u"_large"_s;
        demo = std::make_unique<DemoDatabase>(m_directory, name);
        if (m_tiny)
            m_dropAtEnd << name;
    }
    return *demo;
}

DemoDatabase::StartResult BenchCluster::startDemo(const DemoOptions &options)
{
    return demo(options.size).start(options);
}

ConnectionSettings BenchCluster::scratchCopy(DemoOptions::Size size)
{
    const DemoDatabase &from = demo(size);
    const QString name = from.databaseName() + u"_"_s + m_benchName;
    SqlSession admin(u"bench-copy"_s, from.cluster().connectionSettings(u"postgres"_s));
    admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    admin.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(name, from.databaseName()));
    m_dropAtEnd << name;
    return from.cluster().connectionSettings(name);
}

void BenchCluster::dropDatabase(const QString &name) const
{
    SqlSession admin(u"bench-drop"_s, PgCluster(m_directory).connectionSettings(u"postgres"_s));
    admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
}

QString BenchCluster::describe(const ConnectionSettings &settings)
{
    SqlSession session(u"bench-describe"_s, settings);
    const SqlRows counts = session.select(u"SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM shifts)"_s);
    const QLocale c = QLocale::c();
    return u"%1 people, %2 shifts"_s.arg(c.toString(counts.rows.front().at(0).toLongLong()),
                                         c.toString(counts.rows.front().at(1).toLongLong()));
}
