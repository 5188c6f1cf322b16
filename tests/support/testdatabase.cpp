#include "testdatabase.h"

#include "db/sqlscript.h"
#include "demo/teamtimebaseline.h"
#include "testcluster.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString adminConnectionName()
{
    static QAtomicInt serial;
    return u"test-admin-%1"_s.arg(serial.fetchAndAddRelaxed(1));
}

} // namespace

QString TestDatabase::fixtureSql(const QString &fileName)
{
    QFile file(u":/mentats/tests/sql/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(fileName));
    return QString::fromUtf8(file.readAll());
}

// Template names carry a hash of the SQL they are built from, so a cluster kept between runs never serves a
// template made from older fixtures.
QString TestDatabase::templateFor(Schema schema)
{
    static const QString version = QString::fromLatin1(
        QCryptographicHash::hash((TeamTimeBaseline::sql() + fixtureSql(u"teamtime_first_ai_release.sql"_s) +
                                  fixtureSql(u"teamtime_current_ai.sql"_s))
                                     .toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(10));
    switch (schema) {
    case Schema::Empty:
        return u"template0"_s;
    case Schema::Baseline:
        return u"mentats_tmpl_baseline_"_s + version;
    case Schema::FirstAiRelease:
        return u"mentats_tmpl_first_ai_"_s + version;
    case Schema::Current:
        return u"mentats_tmpl_current_"_s + version;
    }
    return {};
}

void TestDatabase::ensureTemplate(Schema schema)
{
    if (schema == Schema::Empty)
        return;
    const QString name = templateFor(schema);
    TestCluster &cluster = TestCluster::instance();
    SqlSession admin(adminConnectionName(), cluster.settings(u"postgres"_s));
    // Several test processes may run at once: one builds, the others wait for it.
    admin.exec(u"SELECT pg_advisory_lock(4242)"_s);
    const bool exists = admin.scalar(u"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)"_s, {name}).toBool();
    if (!exists) {
        const QString building = name + u"_building"_s;
        admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(building));
        admin.exec(u"CREATE DATABASE %1 TEMPLATE template0"_s.arg(building));
        {
            SqlSession session(adminConnectionName(), cluster.settings(building));
            TeamTimeBaseline::create(session);
            if (schema == Schema::FirstAiRelease || schema == Schema::Current)
                runScript(session, fixtureSql(u"teamtime_first_ai_release.sql"_s));
            if (schema == Schema::Current)
                runScript(session, fixtureSql(u"teamtime_current_ai.sql"_s));
        }
        admin.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(building, name));
    }
    admin.exec(u"SELECT pg_advisory_unlock(4242)"_s);
}

TestDatabase::TestDatabase(Schema schema)
{
    static QAtomicInt serial;
    m_name = u"t_%1_%2_%3"_s.arg(QCoreApplication::applicationName().toLower().replace(u'-', u'_'))
                 .arg(::getpid())
                 .arg(serial.fetchAndAddRelaxed(1));
    ensureTemplate(schema);
    SqlSession admin(adminConnectionName(), TestCluster::instance().settings(u"postgres"_s));
    admin.exec(u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(m_name, templateFor(schema)));
}

TestDatabase::~TestDatabase()
{
    m_session.reset();
    SqlSession admin(adminConnectionName(), TestCluster::instance().settings(u"postgres"_s));
    admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
}

ConnectionSettings TestDatabase::settings() const
{
    return TestCluster::instance().settings(m_name);
}

SqlSession &TestDatabase::session()
{
    if (!m_session)
        m_session = std::make_unique<SqlSession>(u"test-session-"_s + m_name, settings());
    return *m_session;
}

void TestDatabase::runScript(SqlSession &session, const QString &sql)
{
    session.transaction([&] {
        for (const SqlStatement &statement : SqlScript::split(sql))
            session.exec(statement.sql);
    });
}

void TestDatabase::runScript(const QString &sql)
{
    runScript(session(), sql);
}
