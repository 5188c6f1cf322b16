// Exactly-once scheduling across machines: one run of an agent at a time, and each scheduled slot claimed once.
#include "db/database.h"
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "runs/runclaim.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kSlot = QDateTime::fromString(u"2026-11-24T18:15:00Z"_s, Qt::ISODate);
}

class TestRunClaim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRunOfAnAgentAtATime()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        SqlSession other(u"second-console"_s, db.settings());
        QVERIFY(RunClaim::tryLock(db.session(), Agent::OfficeManager));
        QVERIFY(!RunClaim::tryLock(other, Agent::OfficeManager));   // the other machine waits its turn
        QVERIFY(RunClaim::tryLock(other, Agent::RevenueOptimizer)); // the other agent is free
        RunClaim::releaseLock(db.session(), Agent::OfficeManager);
        QVERIFY(RunClaim::tryLock(other, Agent::OfficeManager));
    }

    void waitsOutAMomentaryHolder()
    {
        // The scheduler's housekeeping holds the lock for a moment: a run asked for right then waits it out.
        TestDatabase db;
        Migrator().migrate(db.session());
        QVERIFY(RunClaim::tryLock(db.session(), Agent::OfficeManager));
        const ConnectionSettings settings = db.settings();
        const auto lockFrom = [settings](std::chrono::milliseconds patience) {
            return QtConcurrent::run([settings, patience] {
                SqlSession run(u"run"_s, settings);
                return RunClaim::tryLock(run, Agent::OfficeManager, patience);
            });
        };
        QFuture<bool> impatient = lockFrom(std::chrono::milliseconds(300));
        QVERIFY(!impatient.result()); // held throughout: a run is going
        QFuture<bool> patient = lockFrom(std::chrono::seconds(20));
        QTest::qWait(300);
        QVERIFY(!patient.isFinished());
        RunClaim::releaseLock(db.session(), Agent::OfficeManager);
        QVERIFY(patient.result());
    }

    void claimsEachSlotOnce()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        // Four schedulers race for the same slot; exactly one wins.
        Database machines(db.settings(), 4);
        QList<QFuture<bool>> attempts;
        for (int i = 0; i < 4; ++i)
            attempts << machines.run([i](SqlSession &s) {
                return RunClaim::claim(s, Agent::OfficeManager, RunClaim::Trigger::Schedule, kSlot, kSlot,
                                       u"host-%1"_s.arg(i))
                    .has_value();
            });
        int winners = 0;
        for (QFuture<bool> &attempt : attempts)
            winners += Wait::forFuture(attempt) ? 1 : 0;
        QCOMPARE(winners, 1);
        SqlSession &s = db.session();
        QCOMPARE(s.scalar(u"SELECT count(*) FROM mentats_runs WHERE scheduled_slot = ?::timestamptz"_s,
                          {SqlSession::timestamp(kSlot)})
                     .toInt(),
                 1);
        // The same slot for the other agent, the next slot, and manual runs are all separate.
        QVERIFY(RunClaim::claim(s, Agent::RevenueOptimizer, RunClaim::Trigger::Schedule, kSlot, kSlot));
        QVERIFY(RunClaim::claim(s, Agent::OfficeManager, RunClaim::Trigger::Schedule, kSlot, kSlot.addSecs(900)));
        const auto manual =
            RunClaim::claim(s, Agent::OfficeManager, RunClaim::Trigger::Manual, kSlot, {}, {}, u"ana@store"_s);
        QVERIFY(manual);
        QVERIFY(RunClaim::claim(s, Agent::OfficeManager, RunClaim::Trigger::DryRun, kSlot));
        QCOMPARE(
            s.scalar(u"SELECT requested_by || '/' || status || '/' || dry_run FROM mentats_runs WHERE id = ?::uuid"_s,
                     {manual->runId})
                .toString(),
            u"ana@store/running/false"_s);
    }

    void refusesAScheduledRunWithoutASlot()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        QVERIFY_THROWS_EXCEPTION(
            DbError, RunClaim::claim(db.session(), Agent::OfficeManager, RunClaim::Trigger::Schedule, kSlot));
    }
};

QTEST_GUILESS_MAIN(TestRunClaim)
#include "tst_runclaim.moc"
