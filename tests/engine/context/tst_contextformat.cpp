// ContextFormat's fast paths give exactly what the QDateTime conversions they replace give: localIso against
// toTimeZone().toString(ISODate), and LocalTimes reading a localIso text against parsing and converting it, over a
// year of instants in zones with DST, with half- and three-quarter-hour offsets, and in UTC.
#include "context/contextformat.h"
#include "fixedclock.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestContextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localIsoIsQtsIsoText_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : {"America/Los_Angeles", "UTC", "Asia/Kolkata", "Pacific/Chatham", "Europe/Berlin"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    void localIsoIsQtsIsoText()
    {
        QFETCH(QByteArray, zone);
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const BusinessCalendar calendar(QTimeZone(zone), std::make_shared<FixedClock>(now));
        QVERIFY(calendar.zone().isValid());
        const ContextFormat::LocalTimes times(calendar);
        int checked = 0;
        // Every 37 minutes and 13 seconds for a year: every hour of every day, DST changes included.
        for (QDateTime instant(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); instant.date().year() == 2026;
             instant = instant.addSecs(37 * 60 + 13)) {
            const QDateTime local = calendar.toLocal(instant);
            const QString iso = ContextFormat::localIso(instant, calendar);
            QCOMPARE(iso, local.toString(Qt::ISODate));
            QCOMPARE(QDateTime::fromString(iso, Qt::ISODate), instant);
            QCOMPARE(times.date(iso), local.date());
            QCOMPARE(times.clock(iso), local.toString(u"HH:mm"_s));
            QCOMPARE(times.time(iso), ContextFormat::localTime(instant, calendar));
            ++checked;
        }
        QVERIFY(checked > 14000);
        QCOMPARE(ContextFormat::localIso(QDateTime(), calendar), QString());
    }

    void localTimesFallBackForOtherText()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(20, 0), Qt::UTC); // 12:00 in California
        const BusinessCalendar calendar(QTimeZone("America/Los_Angeles"), std::make_shared<FixedClock>(now));
        const ContextFormat::LocalTimes times(calendar);
        // A UTC text is converted, not read off: 18:30 UTC is 10:30 in California.
        QCOMPARE(times.time(u"2026-11-24T18:30:00Z"_s), u"10:30"_s);
        QCOMPARE(times.clock(u"2026-11-25T07:30:00Z"_s), u"23:30"_s);
        QCOMPARE(times.date(u"2026-11-25T07:30:00Z"_s), QDate(2026, 11, 24));
        QCOMPARE(times.time(u"2026-11-23T09:05:00-08:00"_s), u"Mon 23 Nov 09:05"_s);
    }
};

QTEST_GUILESS_MAIN(TestContextFormat)
#include "tst_contextformat.moc"
