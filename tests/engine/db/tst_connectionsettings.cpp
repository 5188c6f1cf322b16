#include "db/connectionsettings.h"
#include "db/dberror.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("full") << u"postgresql://alice:s3cret@db.example.com:6543/teamtime?sslmode=require"_s
                              << u"db.example.com"_s << 6543 << u"alice"_s << u"s3cret"_s << u"teamtime"_s
                              << u"require"_s;
        QTest::newRow("postgres scheme, default port") << u"postgres://bob@10.0.0.5/tt"_s << u"10.0.0.5"_s << 5432
                                                       << u"bob"_s << QString() << u"tt"_s << QString();
        QTest::newRow("percent-encoded password") << u"postgresql://carol:p%40ss%3Aw%2Frd@h/db"_s << u"h"_s << 5432
                                                  << u"carol"_s << u"p@ss:w/rd"_s << u"db"_s << QString();
        QTest::newRow("unix socket") << u"postgresql://mentats@/teamtime_demo?host=/tmp/x/run&port=5433"_s
                                     << u"/tmp/x/run"_s << 5433 << u"mentats"_s << QString() << u"teamtime_demo"_s
                                     << QString();
        QTest::newRow("no host means localhost") << u"postgresql:///teamtime"_s << u"localhost"_s << 5432 << QString()
                                                 << QString() << u"teamtime"_s << QString();
        QTest::newRow("IPv6") << u"postgresql://u@[::1]:5555/db"_s << u"::1"_s << 5555 << u"u"_s << QString() << u"db"_s
                              << QString();
        QTest::newRow("parameters override") << u"postgresql://x@h/db?user=y&password=z&dbname=other"_s << u"h"_s
                                             << 5432 << u"y"_s << u"z"_s << u"other"_s << QString();
    }

    void parses()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        const ConnectionSettings s = ConnectionSettings::fromUrl(url);
        QCOMPARE(s.host, host);
        QCOMPARE(s.port, port);
        QCOMPARE(s.user, user);
        QCOMPARE(s.password, password);
        QCOMPARE(s.database, database);
        QCOMPARE(s.sslMode, sslMode);
        QCOMPARE(s.isUnixSocket(), host.startsWith(u'/'));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"No database given"_s;
        QTest::newRow("wrong scheme") << u"mysql://h/db"_s << u"must start with postgresql://"_s;
        QTest::newRow("several hosts") << u"postgresql://u@h1:5432,h2:5432/db"_s << u"several hosts"_s;
        QTest::newRow("no database") << u"postgresql://u@h"_s << u"names no database"_s;
        QTest::newRow("bad sslmode") << u"postgresql://u@h/db?sslmode=always"_s << u"sslmode must be one of"_s;
        QTest::newRow("bad port") << u"postgresql://u@h/db?port=99999"_s << u"port must be between"_s;
        QTest::newRow("bad timeout") << u"postgresql://u@h/db?connect_timeout=0"_s << u"connect_timeout"_s;
        QTest::newRow("unknown parameter")
            << u"postgresql://u@h/db?sslmod=require"_s << u"unknown parameter \"sslmod\""_s;
        QTest::newRow("path with slash") << u"postgresql://u@h/db/extra"_s << u"just the database name"_s;
    }

    void rejects()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        try {
            ConnectionSettings::fromUrl(url);
            QFAIL("a malformed URL was accepted");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
            QVERIFY2(error.message().endsWith(u'.'), "messages are whole sentences");
        }
    }

    void roundTripsThroughUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("tcp")
            << u"postgresql://alice:s3cret@db.example.com:6543/teamtime?sslmode=verify-full&connect_timeout=3"_s;
        QTest::newRow("socket") << u"postgresql://mentats@/teamtime_demo?host=/tmp/x/run"_s;
        QTest::newRow("extras")
            << u"postgresql://u@h/db?application_name=my%20app&sslrootcert=/etc/ca.pem&statement_timeout=5000"_s;
    }

    void roundTripsThroughUrl()
    {
        QFETCH(QString, url);
        const ConnectionSettings original = ConnectionSettings::fromUrl(url);
        QCOMPARE(ConnectionSettings::fromUrl(original.toUrl()), original);
    }

    void redactsThePassword()
    {
        const ConnectionSettings s = ConnectionSettings::fromUrl(u"postgresql://alice:s3cret@h/db"_s);
        QVERIFY(!s.redactedUrl().contains(u"s3cret"_s));
        QVERIFY(s.redactedUrl().contains(u"alice"_s));
        QVERIFY(s.toUrl().contains(u"s3cret"_s));
        QVERIFY(!s.connectOptions().contains(u"s3cret"_s));
    }

    void buildsConnectOptions()
    {
        const ConnectionSettings s = ConnectionSettings::fromUrl(
            u"postgresql://u@h/db?sslmode=require&connect_timeout=4&application_name=store%20console&sslrootcert=/ca.pem"_s);
        QCOMPARE(s.connectOptions(),
                 u"connect_timeout=4;application_name='store console';sslmode=require;sslrootcert=/ca.pem"_s);
        QCOMPARE(s.connectTimeoutSecs, 4);
    }

    void appliesToQSqlDatabase()
    {
        const ConnectionSettings s = ConnectionSettings::fromUrl(u"postgresql://alice:pw@db:6000/teamtime"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"apply-test"_s);
            s.applyTo(db);
            QCOMPARE(db.hostName(), u"db"_s);
            QCOMPARE(db.port(), 6000);
            QCOMPARE(db.userName(), u"alice"_s);
            QCOMPARE(db.password(), u"pw"_s);
            QCOMPARE(db.databaseName(), u"teamtime"_s);
        }
        QSqlDatabase::removeDatabase(u"apply-test"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
