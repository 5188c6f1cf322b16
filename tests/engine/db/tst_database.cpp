// The worker-thread database: work runs off the caller's thread, returns plain data, reports errors as DbError,
// survives a lost connection, and never leaves an awaiter hanging.
#include "db/database.h"
#include "db/dberror.h"
#include "testcluster.h"
#include "testdatabase.h"
#include "wait.h"

#include <QCoroTask>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestDatabaseWorkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerThreadAndReturnsPlainData()
    {
        TestDatabase db;
        Database database(db.settings());
        const auto [rows, thread] = Wait::forFuture(database.run([](SqlSession &session) {
            return std::pair{session.select(u"SELECT n, 'row ' || n AS label FROM generate_series(1, 3) n"_s),
                             QThread::currentThread()};
        }));
        QVERIFY(thread != QThread::currentThread());
        QCOMPARE(rows.columns, (QStringList{u"n"_s, u"label"_s}));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.value(2, u"label"_s).toString(), u"row 3"_s);
    }

    void reportsServerErrorsWithTheirSqlState()
    {
        TestDatabase db;
        Database database(db.settings());
        try {
            Wait::forFuture(database.run([](SqlSession &session) { return session.scalar(u"SELECT 1 / 0"_s); }));
            QFAIL("division by zero succeeded");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Query);
            QCOMPARE(error.sqlState(), u"22012"_s);
            QVERIFY(error.message().contains(u"division by zero"_s));
        }
        // The connection is still usable afterwards.
        QCOMPARE(Wait::forFuture(database.run([](SqlSession &s) { return s.scalar(u"SELECT 41 + 1"_s); })).toInt(), 42);
    }

    // QPSQL alone would report success for a script whose second statement fails.
    void reportsAFailureAnywhereInAScript()
    {
        TestDatabase db;
        Database database(db.settings());
        try {
            Wait::forFuture(database.run([](SqlSession &s) {
                s.exec(u"CREATE TABLE first_one (n int); SELECT 1 / 0; CREATE TABLE never_made (n int)"_s);
            }));
            QFAIL("the failing script reported success");
        } catch (const DbError &error) {
            QCOMPARE(error.sqlState(), u"22012"_s);
        }
        SqlSession &s = db.session();
        QVERIFY(s.scalar(u"SELECT to_regclass('first_one') IS NOT NULL"_s).toBool());
        QVERIFY(s.scalar(u"SELECT to_regclass('never_made') IS NULL"_s).toBool());
        // In a transaction, the script is all or nothing.
        QVERIFY_THROWS_EXCEPTION(DbError, s.transaction([&] {
            s.exec(u"CREATE TABLE second_one (n int); INSERT INTO second_one VALUES ('x')"_s);
        }));
        QVERIFY(s.scalar(u"SELECT to_regclass('second_one') IS NULL"_s).toBool());
    }

    // ctest runs the tests with TZ=Pacific/Auckland: instants must survive whatever the machine's zone is.
    void keepsInstantsWhateverTheMachinesZone()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        const QDateTime instant = QDateTime::fromString(u"2026-11-24T20:00:00Z"_s, Qt::ISODate);
        QCOMPARE(s.scalar(u"SELECT '2026-11-24 20:00:00+00'::timestamptz"_s).toDateTime().toUTC(), instant);
        QCOMPARE(s.scalar(u"SELECT ?::timestamptz"_s, {SqlSession::timestamp(instant)}).toDateTime().toUTC(), instant);
        QCOMPARE(s.scalar(u"SELECT ?::timestamptz"_s, {instant}).toDateTime().toUTC(), instant);
        QCOMPARE(s.scalar(u"SHOW TimeZone"_s).toString(), u"UTC"_s);
    }

    void bindsParameters()
    {
        TestDatabase db;
        Database database(db.settings());
        const QVariant echoed = Wait::forFuture(database.run([](SqlSession &s) {
            return s.scalar(u"SELECT ?::text || ' ' || ?::int"_s, {u"it's"_s, 7});
        }));
        QCOMPARE(echoed.toString(), u"it's 7"_s);
    }

    void cancelsStatementsAtTheStatementTimeout()
    {
        TestDatabase db;
        ConnectionSettings settings = db.settings();
        settings.statementTimeoutMs = 200;
        Database database(settings);
        try {
            Wait::forFuture(database.run([](SqlSession &s) { s.exec(u"SELECT pg_sleep(5)"_s); }));
            QFAIL("the statement was not cancelled");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Timeout);
            QVERIFY(error.message().contains(u"200 ms"_s));
        }
    }

    void rollsBackAFailedTransaction()
    {
        TestDatabase db;
        Database database(db.settings());
        Wait::forFuture(database.run([](SqlSession &s) { s.exec(u"CREATE TABLE probe (n int)"_s); }));
        try {
            Wait::forFuture(database.run([](SqlSession &s) {
                s.transaction([&] {
                    s.exec(u"INSERT INTO probe VALUES (1)"_s);
                    s.exec(u"INSERT INTO probe VALUES ('not a number')"_s);
                });
            }));
            QFAIL("the bad insert succeeded");
        } catch (const DbError &) {
        }
        QCOMPARE(Wait::forFuture(database.run([](SqlSession &s) {
                     return s.scalar(u"SELECT count(*) FROM probe"_s);
                 })).toInt(),
                 0);
    }

    void reconnectsAfterTheConnectionIsLost()
    {
        TestDatabase db;
        Database database(db.settings(), 1);
        const int pid =
            Wait::forFuture(database.run([](SqlSession &s) { return s.scalar(u"SELECT pg_backend_pid()"_s); })).toInt();
        db.session().exec(u"SELECT pg_terminate_backend(?)"_s, {pid});
        try {
            Wait::forFuture(database.run([](SqlSession &s) { return s.scalar(u"SELECT 1"_s); }));
            QFAIL("a query on a terminated connection succeeded");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Connection);
            QVERIFY2(error.message().contains(u"was lost"_s), qPrintable(error.message()));
        }
        const int newPid =
            Wait::forFuture(database.run([](SqlSession &s) { return s.scalar(u"SELECT pg_backend_pid()"_s); })).toInt();
        QVERIFY(newPid != pid);
    }

    // While a slow query runs on the worker, the caller's event loop keeps turning.
    void keepsTheCallersEventLoopResponsive()
    {
        TestDatabase db;
        Database database(db.settings());
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks]() { ++ticks; });
        ticker.start(10);
        Wait::forFuture(database.run([](SqlSession &s) { s.exec(u"SELECT pg_sleep(0.5)"_s); }));
        ticker.stop();
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }

    // A worker busy with a slow query is not handed more work while another one is free.
    void spreadsWorkAcrossWorkers()
    {
        TestDatabase db;
        Database database(db.settings(), 2);
        QFuture<void> slow = database.run([](SqlSession &s) { s.exec(u"SELECT pg_sleep(1)"_s); });
        const int answer = Wait::forFuture(database.run([](SqlSession &s) { return s.scalar(u"SELECT 7"_s).toInt(); }));
        QCOMPARE(answer, 7);
        QVERIFY2(!slow.isFinished(), "the quick query waited behind the slow one");
        Wait::forFuture(slow);
    }

    void failsQueuedWorkWhenTheDatabaseGoesAway()
    {
        TestDatabase db;
        auto database = std::make_unique<Database>(db.settings(), 1);
        QFuture<void> running = database->run([](SqlSession &s) { s.exec(u"SELECT pg_sleep(0.3)"_s); });
        QFuture<int> queued = database->run([](SqlSession &) { return 1; });
        database.reset(); // waits for the running job; the queued one never starts
        QVERIFY(running.isFinished());
        QVERIFY(queued.isFinished());
        QVERIFY_THROWS_EXCEPTION(DbError, queued.result());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWorkers)
#include "tst_database.moc"
