// The dashboard service against a real database: it reads on the session's workers, as of the session's clock (not
// the machine's), and the error base type carries the database's failures to the caller.
#include "core/engineerror.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "services/dashboardservice.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDashboardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsOfTheSessionsClock()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QTimeZone pacific("America/Los_Angeles");
        const auto executed = [&](const QDateTime &at) {
            s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, executed, "
                   u"execution_result) VALUES ('office_manager', gen_random_uuid(), ?::timestamptz, ?::timestamptz, "
                   u"'create_task', true, jsonb_build_object('status', 'executed'))"_s,
                   {SqlSession::timestamp(at), SqlSession::timestamp(at)});
        };
        executed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), pacific).toUTC());
        executed(QDateTime(QDate(2026, 11, 24), QTime(7, 0), pacific).toUTC());
        executed(QDateTime(QDate(2026, 11, 24), QTime(7, 30), pacific).toUTC());

        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(8, 0), pacific).toUTC();
        EngineSession session(db.settings(), std::make_shared<FixedClock>(now));
        const DashboardSnapshot snapshot = Wait::forTask(session.dashboard().snapshot(2));
        QCOMPARE(snapshot.takenAt, now);
        QCOMPARE(snapshot.agents.size(), 2);
        QCOMPARE(snapshot.agents.at(0).executedToday, 2); // the 23rd is yesterday in the business's day
        QCOMPARE(snapshot.recent.size(), 2);              // as many as asked for

        // A day later by the session's clock, nothing is from today.
        EngineSession tomorrow(db.settings(), std::make_shared<FixedClock>(now.addDays(1)));
        QCOMPARE(Wait::forTask(tomorrow.dashboard().snapshot()).agents.at(0).executedToday, 0);
    }

    void failuresAreEngineErrors()
    {
        TestDatabase db(TestDatabase::Schema::Empty); // no tables: nothing to read
        EngineSession session(db.settings());
        try {
            Wait::forTask(session.dashboard().snapshot());
            QFAIL("read a dashboard from an empty database");
        } catch (const EngineError &error) {
            QCOMPARE(error.errorKind(), EngineError::Kind::Database);
            QVERIFY(dynamic_cast<const DbError *>(&error));
            QVERIFY(!error.message().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
