// "Today" and wall-clock times come from the business's time zone, never the machine's.
#include "core/businesscalendar.h"
#include "fixedclock.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void todayIsTheBusinessDate_data()
    {
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("today");
        // 03:30 UTC on the 25th is still the evening of the 24th in California: TeamTime's first AI release got
        // this wrong.
        QTest::newRow("LA evening, UTC next day")
            << u"2026-11-25T03:30:00Z"_s << u"America/Los_Angeles"_s << QDate(2026, 11, 24);
        QTest::newRow("LA morning") << u"2026-11-24T17:00:00Z"_s << u"America/Los_Angeles"_s << QDate(2026, 11, 24);
        QTest::newRow("Tokyo is ahead") << u"2026-11-24T16:00:00Z"_s << u"Asia/Tokyo"_s << QDate(2026, 11, 25);
        QTest::newRow("summer time in LA")
            << u"2026-07-01T06:59:00Z"_s << u"America/Los_Angeles"_s << QDate(2026, 6, 30);
    }

    void todayIsTheBusinessDate()
    {
        QFETCH(QString, utc);
        QFETCH(QString, zone);
        QFETCH(QDate, today);
        const auto clock = std::make_shared<FixedClock>(QDateTime::fromString(utc, Qt::ISODate));
        const BusinessCalendar calendar(QTimeZone(zone.toUtf8()), clock);
        QCOMPARE(calendar.today(), today);
    }

    void placesWallClockTimesInTheZone()
    {
        const BusinessCalendar calendar(QTimeZone("America/Los_Angeles"));
        QCOMPARE(calendar.atUtc(QDate(2026, 11, 24), QTime(9, 0)),
                 QDateTime::fromString(u"2026-11-24T17:00:00Z"_s, Qt::ISODate));
        QCOMPARE(calendar.atUtc(QDate(2026, 7, 1), QTime(9, 0)),
                 QDateTime::fromString(u"2026-07-01T16:00:00Z"_s, Qt::ISODate));
        // The day DST ends is 25 hours long.
        const QDate fallBack(2026, 11, 1);
        QCOMPARE(calendar.startOfDayUtc(fallBack).secsTo(calendar.startOfDayUtc(fallBack.addDays(1))), 25 * 3600);
    }

    void movesWithTheClock()
    {
        const auto clock = std::make_shared<FixedClock>(QDateTime::fromString(u"2026-11-25T07:59:00Z"_s, Qt::ISODate));
        const BusinessCalendar calendar(QTimeZone("America/Los_Angeles"), clock);
        QCOMPARE(calendar.today(), QDate(2026, 11, 24));
        clock->advanceSecs(60);
        QCOMPARE(calendar.today(), QDate(2026, 11, 25));
    }

    void knowsZoneNames()
    {
        QVERIFY(BusinessCalendar::isKnownZoneId(u"America/Los_Angeles"_s));
        QVERIFY(!BusinessCalendar::isKnownZoneId(u"Pacific/Atlantis"_s));
        QVERIFY(!BusinessCalendar::isKnownZoneId(QString()));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
