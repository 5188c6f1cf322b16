// Schedules as managers write them: the plan's "*/15 7-19 * * *", nightly runs, weekdays, names, steps; broken
// ones refused with a sentence; next slots in the business's zone across midnight and both DST changes.
#include "core/cronexpression.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone kPacific("America/Los_Angeles");

QDateTime local(const QString &text)
{
    return QDateTime(QDateTime::fromString(text, Qt::ISODate).date(), QDateTime::fromString(text, Qt::ISODate).time(),
                     kPacific);
}
} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheNextSlot_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("after"); // business time
        QTest::addColumn<QString>("next");  // business time
        QTest::newRow("quarter hours, mid-morning")
            << u"*/15 7-19 * * *"_s << u"2026-11-24T10:07:00"_s << u"2026-11-24T10:15:00"_s;
        QTest::newRow("exactly on a slot: the next one")
            << u"*/15 7-19 * * *"_s << u"2026-11-24T10:15:00"_s << u"2026-11-24T10:30:00"_s;
        QTest::newRow("last slot of the day")
            << u"*/15 7-19 * * *"_s << u"2026-11-24T19:40:00"_s << u"2026-11-24T19:45:00"_s;
        QTest::newRow("after hours: tomorrow at 7")
            << u"*/15 7-19 * * *"_s << u"2026-11-24T19:50:00"_s << u"2026-11-25T07:00:00"_s;
        QTest::newRow("nightly at 2") << u"0 2 * * *"_s << u"2026-11-24T23:59:00"_s << u"2026-11-25T02:00:00"_s;
        QTest::newRow("weekdays only: Friday evening to Monday")
            << u"0 9 * * mon-fri"_s << u"2026-11-27T18:00:00"_s << u"2026-11-30T09:00:00"_s;
        QTest::newRow("7 is Sunday") << u"30 8 * * 7"_s << u"2026-11-24T12:00:00"_s << u"2026-11-29T08:30:00"_s;
        QTest::newRow("lists and steps") << u"0,30 9-17/4 * * *"_s << u"2026-11-24T13:10:00"_s
                                         << u"2026-11-24T13:30:00"_s;
        QTest::newRow("either day field, as in cron")
            << u"0 6 1 * fri"_s << u"2026-11-24T12:00:00"_s << u"2026-11-27T06:00:00"_s;
        QTest::newRow("month names") << u"0 0 1 jan *"_s << u"2026-11-24T12:00:00"_s << u"2027-01-01T00:00:00"_s;
        // 8 March 2026: 02:00 jumps to 03:00. A 02:30 slot does not exist that day.
        QTest::newRow("spring forward skips the missing time")
            << u"30 2 * * *"_s << u"2026-03-08T01:00:00"_s << u"2026-03-09T02:30:00"_s;
    }

    void findsTheNextSlot()
    {
        QFETCH(QString, cron);
        QFETCH(QString, after);
        QFETCH(QString, next);
        QString error;
        const auto schedule = CronExpression::parse(cron, &error);
        QVERIFY2(schedule, qPrintable(error));
        const QDateTime slot = schedule->nextAfter(local(after).toUTC(), kPacific);
        QCOMPARE(slot.toTimeZone(kPacific), local(next));
        QCOMPARE(slot.timeSpec(), Qt::UTC);
        QVERIFY(schedule->matches(local(next)));
    }

    // 1 November 2026: 01:00-02:00 happens twice. A 01:30 slot fires once.
    void firesOnceWhenTheClockGoesBack()
    {
        const auto schedule = CronExpression::parse(u"30 1 * * *"_s);
        QVERIFY(schedule);
        const QDateTime first =
            schedule->nextAfter(QDateTime::fromString(u"2026-11-01T07:00:00Z"_s, Qt::ISODate), kPacific);
        // Which of the two 01:30s is Qt's choice (it has changed between versions); that there is only one is ours.
        QVERIFY(first == QDateTime::fromString(u"2026-11-01T08:30:00Z"_s, Qt::ISODate) ||
                first == QDateTime::fromString(u"2026-11-01T09:30:00Z"_s, Qt::ISODate));
        const QDateTime second = schedule->nextAfter(first, kPacific);
        QCOMPARE(second, QDateTime::fromString(u"2026-11-02T09:30:00Z"_s, Qt::ISODate)); // next day, 01:30 PST
    }

    void refusesBrokenSchedules_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("message");
        QTest::newRow("four fields")
            << u"*/15 7-19 * *"_s
            << u"The schedule \"*/15 7-19 * *\" is not valid: it needs 5 fields (minute hour day-of-month month day-of-week), not 4."_s;
        QTest::newRow("hour 25") << u"0 25 * * *"_s
                                 << u"The schedule \"0 25 * * *\" is not valid: hour 25 is out of range 0-23."_s;
        QTest::newRow("backwards")
            << u"0 19-7 * * *"_s
            << u"The schedule \"0 19-7 * * *\" is not valid: the hour range \"19-7\" runs backwards."_s;
        QTest::newRow("zero step")
            << u"*/0 * * * *"_s
            << u"The schedule \"*/0 * * * *\" is not valid: the minute step \"0\" is not a positive number."_s;
        QTest::newRow("unknown name")
            << u"0 9 * * funday"_s
            << u"The schedule \"0 9 * * funday\" is not valid: \"funday\" is not a day of week."_s;
        QTest::newRow("empty item")
            << u"0,,5 9 * * *"_s
            << u"The schedule \"0,,5 9 * * *\" is not valid: the minute field has an empty item."_s;
        QTest::newRow("words")
            << u"every quarter hour please ok"_s
            << u"The schedule \"every quarter hour please ok\" is not valid: \"every\" is not a minute."_s;
    }

    void refusesBrokenSchedules()
    {
        QFETCH(QString, cron);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CronExpression::parse(cron, &error));
        QCOMPARE(error, message);
    }

    void neverFindsAnImpossibleDate()
    {
        const auto schedule = CronExpression::parse(u"0 0 31 2 *"_s); // 31 February
        QVERIFY(schedule);
        QVERIFY(
            !schedule->nextAfter(QDateTime::fromString(u"2026-11-24T00:00:00Z"_s, Qt::ISODate), kPacific).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
