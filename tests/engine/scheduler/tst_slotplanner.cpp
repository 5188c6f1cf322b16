// What to run when the scheduler wakes: the current slot once, nothing twice, the latest missed slot once when it is
// still fresh, and an honest count of what was let go.
#include "scheduler/slotplanner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone kPacific("America/Los_Angeles");

QDateTime at(const QString &localIso)
{
    const QDateTime parsed = QDateTime::fromString(localIso, Qt::ISODate);
    return QDateTime(parsed.date(), parsed.time(), kPacific).toUTC();
}

SlotPlanner planner()
{
    return SlotPlanner(*CronExpression::parse(u"*/15 7-19 * * *"_s), kPacific);
}
} // namespace

class TestSlotPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheCurrentSlotOnce()
    {
        const SlotPlanner p = planner();
        QCOMPARE(p.dueSlot(at(u"2026-11-24T10:15:20"_s), at(u"2026-11-24T10:00:00"_s)), at(u"2026-11-24T10:15:00"_s));
        // Woken again a little later: that slot has run, the next is not due yet.
        QVERIFY(!p.dueSlot(at(u"2026-11-24T10:20:00"_s), at(u"2026-11-24T10:15:00"_s)));
        QCOMPARE(p.nextWake(at(u"2026-11-24T10:20:00"_s)), at(u"2026-11-24T10:30:00"_s));
    }

    void runsTheLatestMissedSlotOnceWhileItIsFresh()
    {
        const SlotPlanner p = planner();
        // Asleep from 10:00 to 11:08: only 11:00 runs (10:15, 10:30, 10:45 are let go), and they are counted.
        QCOMPARE(p.dueSlot(at(u"2026-11-24T11:08:00"_s), at(u"2026-11-24T10:00:00"_s)), at(u"2026-11-24T11:00:00"_s));
        QCOMPARE(p.missedSince(at(u"2026-11-24T10:00:00"_s), at(u"2026-11-24T11:08:00"_s)), 3);
        // Woken at 11:12: the 11:00 slot is too old to matter now; wait for 11:15.
        QVERIFY(!p.dueSlot(at(u"2026-11-24T11:12:00"_s), at(u"2026-11-24T10:00:00"_s)));
    }

    void waitsOutTheNight()
    {
        const SlotPlanner p = planner();
        QVERIFY(!p.dueSlot(at(u"2026-11-24T23:00:00"_s), at(u"2026-11-24T19:45:00"_s)));
        QCOMPARE(p.nextWake(at(u"2026-11-24T23:00:00"_s)), at(u"2026-11-25T07:00:00"_s));
        QCOMPARE(p.missedSince(at(u"2026-11-24T19:45:00"_s), at(u"2026-11-25T06:59:00"_s)), 0); // nothing scheduled
    }

    void firstEverRun()
    {
        const SlotPlanner p = planner();
        QCOMPARE(p.dueSlot(at(u"2026-11-24T07:03:00"_s), QDateTime()), at(u"2026-11-24T07:00:00"_s));
        QCOMPARE(p.missedSince(QDateTime(), at(u"2026-11-24T07:03:00"_s)), 0);
    }

    void nightlyOptimizerCatchesUpWithinItsGrace()
    {
        const SlotPlanner nightly(*CronExpression::parse(u"0 2 * * *"_s), kPacific, 6 * 3600);
        // The server came back at 05:30: the 02:00 run is still worth doing, once.
        const auto due = nightly.dueSlot(at(u"2026-11-25T05:30:00"_s), at(u"2026-11-24T02:00:00"_s));
        QCOMPARE(due, at(u"2026-11-25T02:00:00"_s));
        QVERIFY(!nightly.dueSlot(at(u"2026-11-25T05:31:00"_s), *due));
    }
};

QTEST_GUILESS_MAIN(TestSlotPlanner)
#include "tst_slotplanner.moc"
