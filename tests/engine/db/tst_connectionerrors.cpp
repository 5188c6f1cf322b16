// Wrong host, port, password, user or database: one clear sentence, the right error kind, no hang past the
// connect timeout, and no Qt warnings.
#include "db/database.h"
#include "db/dberror.h"
#include "testcluster.h"
#include "wait.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Connects through the engine's worker thread; returns the error, or an empty one on success.
std::optional<DbError> tryConnect(const ConnectionSettings &settings)
{
    Database database(settings, 1);
    try {
        Wait::forTask(database.ping());
        return std::nullopt;
    } catch (const DbError &error) {
        return error;
    }
}

} // namespace

class TestConnectionErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        TestCluster::instance();
    }

    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void connectsWithTheRightPassword()
    {
        ConnectionSettings s = TestCluster::instance().settings(u"postgres"_s);
        s.user = QString::fromLatin1(TestCluster::kPasswordUser);
        s.password = QString::fromLatin1(TestCluster::kPassword);
        const auto error = tryConnect(s);
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    }

    void explainsFailures_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << u"password"_s
                                        << u"rejected the password for user \"mentats_password_user\""_s;
        QTest::newRow("no password") << u"no-password"_s << u"wants a password for user \"mentats_password_user\""_s;
        QTest::newRow("wrong database") << u"database"_s << u"has no database named \"no_such_db\""_s;
        QTest::newRow("wrong user") << u"user"_s << u"has no user named \"no_such_user\""_s;
        QTest::newRow("wrong socket port") << u"socket-port"_s << u"There is no PostgreSQL socket for port 6543 in"_s;
        QTest::newRow("wrong host name") << u"host"_s << u"The host name \"no-such-host.invalid\" could not be found"_s;
        QTest::newRow("closed TCP port") << u"tcp-port"_s << u"Nothing is accepting connections at 127.0.0.1:"_s;
    }

    void explainsFailures()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        ConnectionSettings s = TestCluster::instance().settings(u"postgres"_s);
        if (what == u"password"_s || what == u"no-password"_s) {
            s.user = QString::fromLatin1(TestCluster::kPasswordUser);
            s.password = what == u"password"_s ? u"wrong"_s : QString();
        } else if (what == u"database"_s) {
            s.database = u"no_such_db"_s;
        } else if (what == u"user"_s) {
            s.user = u"no_such_user"_s;
        } else if (what == u"socket-port"_s) {
            s.port = 6543;
        } else if (what == u"host"_s) {
            s.host = u"no-such-host.invalid"_s;
        } else if (what == u"tcp-port"_s) {
            QTcpServer probe; // find a port nobody listens on: bind, note it, close
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            s.host = u"127.0.0.1"_s;
            s.port = probe.serverPort();
            probe.close();
        }
        const auto error = tryConnect(s);
        QVERIFY(error);
        QCOMPARE(error->kind(), DbError::Kind::Connection);
        QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
        QVERIFY2(!error->message().contains(u'\n'), "one sentence, one line");
        QVERIFY2(error->message().endsWith(u'.'), qPrintable(error->message()));
        QVERIFY2(!error->message().contains(u"wrong"_s) || what != u"password"_s, "the password is never repeated");
        QVERIFY(!error->detail().isEmpty()); // libpq's own words are kept for the log
    }

    // A server that accepts the TCP connection but never speaks: the connect timeout must end the wait.
    void givesUpAtTheConnectTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ConnectionSettings s = TestCluster::instance().settings(u"postgres"_s);
        s.host = u"127.0.0.1"_s;
        s.port = silent.serverPort();
        s.connectTimeoutSecs = 2;
        QElapsedTimer timer;
        timer.start();
        const auto error = tryConnect(s);
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"did not answer within 2 seconds"_s), qPrintable(error->message()));
        // libpq rounds the timeout up a little; anything near a minute would be a hang.
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestConnectionErrors)
#include "tst_connectionerrors.moc"
