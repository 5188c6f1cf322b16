// The daily roll-ups checked against figures worked out by hand: a day with an unpaid and a paid break, an overnight
// shift split across two days, the 25-hour day when DST ends, POS sales with a refund and a till variance, tasks done
// and overdue, vendors left out; rolling up again changes nothing, and removes what no longer has anything.
#include "db/dberror.h"
#include "fixedclock.h"
#include "metrics/metricsrollup.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Business time is America/Los_Angeles (the default): PST, UTC-8, from 1 November 2026 02:00.
const QDateTime kNow = QDateTime(QDate(2026, 11, 10), QTime(20, 0), QTimeZone::utc());

struct Fixture
{
    explicit Fixture(TestDatabase::Schema schema = TestDatabase::Schema::Current) : db(schema)
    {
        Migrator().migrate(db.session());
        downtown = insert(u"INSERT INTO locations (name) VALUES ('Downtown') RETURNING id::text"_s);
        uptown = insert(u"INSERT INTO locations (name) VALUES ('Uptown') RETURNING id::text"_s);
        ann = addUser(u"Ann"_s);
        bob = addUser(u"Bob"_s);
    }

    SqlSession &s() { return db.session(); }
    QString insert(const QString &sql, const QVariantList &params = {}) { return s().scalar(sql, params).toString(); }
    QString addUser(const QString &name)
    {
        return insert(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES (?, ?, 'x', ?, 'staff') "
                      "RETURNING id::text"_s,
                      {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), name});
    }
    QString addShift(const QString &user, const QString &location, const QString &start, const QString &end)
    {
        return insert(u"INSERT INTO shifts (user_id, location_id, start_time, end_time) VALUES (?::uuid, ?::uuid, "
                      "?::timestamptz, ?::timestamptz) RETURNING id::text"_s,
                      {user, location, start, end});
    }
    QString addEntry(const QString &user, const QString &clockIn, const QVariant &clockOut,
                     const QString &shift = QString())
    {
        return insert(u"INSERT INTO time_entries (user_id, shift_id, clock_in, clock_out) VALUES (?::uuid, "
                      "nullif(?, '')::uuid, ?::timestamptz, ?::timestamptz) RETURNING id::text"_s,
                      {user, shift, clockIn, clockOut});
    }
    void addBreak(const QString &entry, const QString &user, const QString &start, const QString &end,
                  const QString &type)
    {
        s().exec(u"INSERT INTO break_entries (time_entry_id, user_id, break_start, break_end, break_type) "
                 "VALUES (?::uuid, ?::uuid, ?::timestamptz, ?::timestamptz, ?)"_s,
                 {entry, user, start, end, type});
    }
    QString addTask(const QString &user, const QString &due, const QString &status = u"not_started"_s)
    {
        return insert(u"INSERT INTO tasks (title, assigned_to, due_at, status) VALUES ('Count the till', ?::uuid, "
                      "?::timestamptz, ?::task_status) RETURNING id::text"_s,
                      {user, due, status});
    }
    void complete(const QString &task, const QString &user, const QString &when)
    {
        s().exec(u"INSERT INTO task_completions (task_id, completed_by, completed_at) VALUES (?::uuid, ?::uuid, "
                 "?::timestamptz)"_s,
                 {task, user, when});
    }
    void addSale(const QString &key, const QVariant &user, const QVariant &location, const QString &when,
                 const QString &amount, int transactions, const QVariant &items = {}, int refunds = 0,
                 const QVariant &duration = {}, const QVariant &tillVariance = {}, const QVariant &customers = {})
    {
        s().exec(u"INSERT INTO mentats_pos_sales (row_key, user_id, location_id, sold_at, amount, transactions, items, "
                 "refunds, duration_seconds, till_variance, customers) VALUES (?, ?::uuid, ?::uuid, ?::timestamptz, "
                 "?::numeric, ?::int, ?::int, ?::int, ?::int, ?::numeric, ?::int)"_s,
                 {key, user, location, when, amount, transactions, items, refunds, duration, tillVariance, customers});
    }

    // A person's row for a business day, keyed by column name; empty when there is none.
    QVariantMap staff(const QString &user, QDate day)
    {
        return row(u"SELECT * FROM staff_metrics_daily WHERE user_id = ?::uuid AND date = ?::timestamptz"_s, user, day);
    }
    QVariantMap location(const QString &location, QDate day)
    {
        return row(u"SELECT * FROM location_metrics_daily WHERE location_id = ?::uuid AND date = ?::timestamptz"_s,
                   location, day);
    }
    QVariantMap row(const QString &sql, const QString &id, QDate day)
    {
        const QString midnight = day.toString(Qt::ISODate) + u" 00:00 America/Los_Angeles"_s;
        const SqlRows rows = s().select(sql, {id, midnight});
        QVariantMap map;
        if (rows.rows.empty())
            return map;
        for (qsizetype i = 0; i < rows.columns.size(); ++i)
            map.insert(rows.columns.at(i), rows.rows.front().at(i));
        return map;
    }
    int count(const QString &table) { return s().scalar(u"SELECT count(*) FROM "_s + table).toInt(); }

    MetricsRollup rollup() { return MetricsRollup::forDatabase(s(), std::make_shared<FixedClock>(kNow)); }

    TestDatabase db;
    QString downtown, uptown, ann, bob;
};

// numeric columns come back as text-like variants: compare them as decimals with two places.
QString money(const QVariant &value)
{
    return value.isNull() ? u"NULL"_s : QString::number(value.toDouble(), 'f', 2);
}

} // namespace

class TestMetricsRollup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedDay()
    {
        Fixture f;
        // Ann, Wednesday 4 November at Downtown (the entry's own location): 09:00-17:30 with an unpaid half hour
        // and a paid ten minutes: 8.5 - 0.5 = 8.00 hours.
        const QString annShift = f.addShift(f.ann, f.downtown, u"2026-11-04 09:00-08"_s, u"2026-11-04 17:30-08"_s);
        const QString annEntry = f.addEntry(f.ann, u"2026-11-04 09:00-08"_s, u"2026-11-04 17:30-08"_s, annShift);
        f.s().exec(u"UPDATE time_entries SET location_id = ?::uuid WHERE id = ?::uuid"_s, {f.downtown, annEntry});
        f.addBreak(annEntry, f.ann, u"2026-11-04 12:00-08"_s, u"2026-11-04 12:30-08"_s, u"unpaid"_s);
        f.addBreak(annEntry, f.ann, u"2026-11-04 15:00-08"_s, u"2026-11-04 15:10-08"_s, u"paid"_s);
        f.addBreak(annEntry, f.ann, u"2026-11-04 16:00-08"_s, QString(), u"unpaid"_s); // never ended: not counted
        // Bob overnight at Uptown (the shift's location): 20:00 to 04:00, four hours on each day.
        const QString bobShift = f.addShift(f.bob, f.uptown, u"2026-11-04 20:00-08"_s, u"2026-11-05 04:00-08"_s);
        f.addEntry(f.bob, u"2026-11-04 20:00-08"_s, u"2026-11-05 04:00-08"_s, bobShift);
        // Left out: an entry never clocked out, one of 30 hours, and a vendor's.
        f.addEntry(f.bob, u"2026-11-04 06:00-08"_s, QVariant());
        f.addEntry(f.bob, u"2026-11-03 06:00-08"_s, u"2026-11-04 12:00-08"_s);
        const QString vendorType = f.insert(u"INSERT INTO user_types (name) VALUES ('Vendor') RETURNING id::text"_s);
        const QString vic = f.addUser(u"Vic"_s);
        f.s().exec(u"UPDATE users SET user_type_id = ?::uuid WHERE id = ?::uuid"_s, {vendorType, vic});
        f.addEntry(vic, u"2026-11-04 09:00-08"_s, u"2026-11-04 17:00-08"_s,
                   f.addShift(vic, f.downtown, u"2026-11-04 09:00-08"_s, u"2026-11-04 17:00-08"_s));
        // Tasks: Ann did two (one on time, one late); Bob let one pass; a cancelled one is nobody's fault.
        const QString onTime = f.addTask(f.ann, u"2026-11-04 11:00-08"_s, u"completed"_s);
        f.complete(onTime, f.ann, u"2026-11-04 10:30-08"_s);
        const QString late = f.addTask(f.ann, u"2026-11-04 11:00-08"_s, u"completed"_s);
        f.complete(late, f.ann, u"2026-11-04 18:00-08"_s);
        f.addTask(f.bob, u"2026-11-04 10:00-08"_s);
        f.addTask(f.bob, u"2026-11-04 10:00-08"_s, u"cancelled"_s);
        f.addTask(f.bob, u"2026-11-05 10:00-08"_s, u"completed"_s); // completed with no record: still overdue
        // POS: Ann sold 100 (2 items, 60 s) and 50 (1 item, 120 s), refunded 20, and her till was 5 short; a day
        // total for Uptown with no seller. No location on Ann's rows: they count where she worked.
        f.addSale(u"a1"_s, f.ann, {}, u"2026-11-04 10:00-08"_s, u"100.00"_s, 1, 2, 0, 60);
        f.addSale(u"a2"_s, f.ann, {}, u"2026-11-04 11:00-08"_s, u"50.00"_s, 1, 1, 0, 120);
        f.addSale(u"a3"_s, f.ann, {}, u"2026-11-04 12:00-08"_s, u"-20.00"_s, 0, {}, 1);
        f.addSale(u"a4"_s, f.ann, {}, u"2026-11-04 00:00-08"_s, u"0.00"_s, 0, {}, 0, {}, u"-5.00"_s);
        f.addSale(u"u1"_s, {}, f.uptown, u"2026-11-04 00:00-08"_s, u"200.00"_s, 10, {}, 0, {}, {}, 9);

        const MetricsRollup::Report report = f.rollup().run(f.s(), QDate(2026, 11, 4), QDate(2026, 11, 5));
        QCOMPARE(report.days, 2);
        QCOMPARE(report.daysWithSales, 1);
        QCOMPARE(report.staffRows, 3);    // Ann and Bob on the 4th, Bob on the 5th
        QCOMPARE(report.locationRows, 3); // both stores on the 4th, Uptown on the 5th
        QCOMPARE(f.count(u"staff_metrics_daily"_s), 3);

        const QVariantMap ann = f.staff(f.ann, QDate(2026, 11, 4));
        QCOMPARE(money(ann.value(u"hours_worked"_s)), u"8.00"_s);
        QCOMPARE(money(ann.value(u"total_sales"_s)), u"130.00"_s);
        QCOMPARE(ann.value(u"transaction_count"_s).toInt(), 2);
        QCOMPARE(money(ann.value(u"avg_transaction_value"_s)), u"65.00"_s);
        QCOMPARE(money(ann.value(u"items_per_transaction"_s)), u"1.50"_s);
        QCOMPARE(money(ann.value(u"revenue_per_labor_hour"_s)), u"16.25"_s);
        QCOMPARE(ann.value(u"avg_transaction_duration_seconds"_s).toInt(), 90);
        QCOMPARE(money(ann.value(u"till_variance_total"_s)), u"-5.00"_s);
        QCOMPARE(ann.value(u"till_variance_count"_s).toInt(), 1);
        QCOMPARE(ann.value(u"refund_count"_s).toInt(), 1);
        QCOMPARE(ann.value(u"tasks_completed"_s).toInt(), 2);
        QCOMPARE(ann.value(u"tasks_overdue"_s).toInt(), 1);

        const QVariantMap bob = f.staff(f.bob, QDate(2026, 11, 4));
        QCOMPARE(money(bob.value(u"hours_worked"_s)), u"4.00"_s);
        QCOMPARE(money(bob.value(u"total_sales"_s)), u"0.00"_s); // a day with POS data: he sold nothing
        QCOMPARE(bob.value(u"transaction_count"_s).toInt(), 0);
        QVERIFY(bob.value(u"avg_transaction_value"_s).isNull());
        QCOMPARE(money(bob.value(u"revenue_per_labor_hour"_s)), u"0.00"_s);
        QCOMPARE(bob.value(u"tasks_overdue"_s).toInt(), 1);

        const QVariantMap bobNextDay = f.staff(f.bob, QDate(2026, 11, 5));
        QCOMPARE(money(bobNextDay.value(u"hours_worked"_s)), u"4.00"_s);
        QVERIFY(bobNextDay.value(u"total_sales"_s).isNull()); // no POS data that day: unknown, not zero
        QVERIFY(bobNextDay.value(u"revenue_per_labor_hour"_s).isNull());
        QCOMPARE(bobNextDay.value(u"tasks_overdue"_s).toInt(), 1);
        QVERIFY(f.staff(vic, QDate(2026, 11, 4)).isEmpty());

        const QVariantMap downtown = f.location(f.downtown, QDate(2026, 11, 4));
        QCOMPARE(money(downtown.value(u"labor_hours"_s)), u"8.00"_s); // the vendor's hours are not labour
        QCOMPARE(money(downtown.value(u"total_sales"_s)), u"130.00"_s);
        QCOMPARE(money(downtown.value(u"revenue_per_labor_hour"_s)), u"16.25"_s);
        QVERIFY(downtown.value(u"customer_count"_s).isNull());
        const QVariantMap uptown = f.location(f.uptown, QDate(2026, 11, 4));
        QCOMPARE(money(uptown.value(u"labor_hours"_s)), u"4.00"_s);
        QCOMPARE(money(uptown.value(u"total_sales"_s)), u"200.00"_s);
        QCOMPARE(uptown.value(u"transaction_count"_s).toInt(), 10);
        QCOMPARE(money(uptown.value(u"avg_transaction_value"_s)), u"20.00"_s);
        QCOMPARE(uptown.value(u"customer_count"_s).toInt(), 9);
        QCOMPARE(money(uptown.value(u"revenue_per_labor_hour"_s)), u"50.00"_s);
        QVERIFY(f.location(f.uptown, QDate(2026, 11, 5)).value(u"total_sales"_s).isNull());
    }

    void dstDayHasTwentyFiveHours()
    {
        Fixture f;
        // Sunday 1 November: midnight PDT (07:00 UTC) to noon PST (20:00 UTC) is 13 hours on a 12-hour wall clock.
        const QString shift = f.addShift(f.ann, f.downtown, u"2026-11-01 07:00+00"_s, u"2026-11-01 20:00+00"_s);
        f.addEntry(f.ann, u"2026-11-01 07:00+00"_s, u"2026-11-01 20:00+00"_s, shift);
        // Sunday 8 March 2026 (DST starts, a 23-hour day): 23:00 on the 7th to 05:00 on the 8th, PST to PDT, is
        // five hours, one before midnight and four after it.
        const QString spring = f.addShift(f.bob, f.uptown, u"2026-03-07 23:00-08"_s, u"2026-03-08 05:00-07"_s);
        f.addEntry(f.bob, u"2026-03-07 23:00-08"_s, u"2026-03-08 05:00-07"_s, spring);
        MetricsRollup rollup = f.rollup();
        rollup.run(f.s(), QDate(2026, 11, 1), QDate(2026, 11, 1));
        rollup.run(f.s(), QDate(2026, 3, 7), QDate(2026, 3, 8));

        QCOMPARE(money(f.staff(f.ann, QDate(2026, 11, 1)).value(u"hours_worked"_s)), u"13.00"_s);
        // The row's date is midnight of the business day: 07:00 UTC under PDT, 08:00 UTC under PST.
        QCOMPARE(
            f.s().scalar(u"SELECT date::text FROM staff_metrics_daily WHERE user_id = ?::uuid"_s, {f.ann}).toString(),
            u"2026-11-01 07:00:00+00"_s);
        QCOMPARE(money(f.staff(f.bob, QDate(2026, 3, 7)).value(u"hours_worked"_s)), u"1.00"_s);
        QCOMPARE(money(f.staff(f.bob, QDate(2026, 3, 8)).value(u"hours_worked"_s)), u"4.00"_s);
    }

    void rollingUpAgainChangesNothingAndRemovesWhatIsGone()
    {
        Fixture f;
        const QString shift = f.addShift(f.bob, f.uptown, u"2026-11-04 20:00-08"_s, u"2026-11-05 04:00-08"_s);
        const QString entry = f.addEntry(f.bob, u"2026-11-04 20:00-08"_s, u"2026-11-05 04:00-08"_s, shift);
        f.addTask(f.bob, u"2026-11-04 10:00-08"_s);
        f.addSale(u"b1"_s, f.bob, f.uptown, u"2026-11-04 21:00-08"_s, u"42.50"_s, 1);
        MetricsRollup rollup = f.rollup();
        rollup.run(f.s(), QDate(2026, 11, 4), QDate(2026, 11, 5));
        const QString before = f.s()
                                   .scalar(u"SELECT string_agg(id::text || hours_worked || coalesce(total_sales, -1), "
                                           "',' ORDER BY id) FROM staff_metrics_daily"_s)
                                   .toString();
        const MetricsRollup::Report again = rollup.run(f.s(), QDate(2026, 11, 4), QDate(2026, 11, 5));
        QCOMPARE(again.removedRows, 0);
        QCOMPARE(f.count(u"staff_metrics_daily"_s), 2);
        QCOMPARE(f.count(u"location_metrics_daily"_s), 2);
        QCOMPARE(f.s()
                     .scalar(u"SELECT string_agg(id::text || hours_worked || coalesce(total_sales, -1), ',' "
                             "ORDER BY id) FROM staff_metrics_daily"_s)
                     .toString(),
                 before); // the same rows, the same ids, the same figures

        // The entry was a mistake and is deleted in TeamTime: the 5th has nothing left for Bob or Uptown; the 4th
        // keeps his overdue task and his sale.
        f.s().exec(u"DELETE FROM time_entries WHERE id = ?::uuid"_s, {entry});
        const MetricsRollup::Report after = rollup.run(f.s(), QDate(2026, 11, 4), QDate(2026, 11, 5));
        QCOMPARE(after.removedRows, 2);
        QVERIFY(f.staff(f.bob, QDate(2026, 11, 5)).isEmpty());
        const QVariantMap bob = f.staff(f.bob, QDate(2026, 11, 4));
        QCOMPARE(money(bob.value(u"hours_worked"_s)), u"0.00"_s);
        QCOMPARE(money(bob.value(u"total_sales"_s)), u"42.50"_s);
        QVERIFY(bob.value(u"revenue_per_labor_hour"_s).isNull()); // no hours: no rate, not a division by zero

        // Rolling up only the 5th leaves the 4th alone.
        f.s().exec(u"UPDATE staff_metrics_daily SET complaint_count = 7"_s);
        rollup.run(f.s(), QDate(2026, 11, 5), QDate(2026, 11, 5));
        QCOMPARE(f.staff(f.bob, QDate(2026, 11, 4)).value(u"complaint_count"_s).toInt(), 7);
    }

    void worksOnEveryTeamTimeVersion_data()
    {
        QTest::addColumn<TestDatabase::Schema>("schema");
        QTest::newRow("baseline") << TestDatabase::Schema::Baseline;
        QTest::newRow("first AI release") << TestDatabase::Schema::FirstAiRelease;
        QTest::newRow("current") << TestDatabase::Schema::Current;
    }

    void worksOnEveryTeamTimeVersion()
    {
        QFETCH(TestDatabase::Schema, schema);
        Fixture f(schema);
        const QString shift = f.addShift(f.ann, f.downtown, u"2026-11-06 09:00-08"_s, u"2026-11-06 15:00-08"_s);
        f.addEntry(f.ann, u"2026-11-06 09:00-08"_s, u"2026-11-06 15:00-08"_s, shift);
        f.rollup().run(f.s(), QDate(2026, 11, 6), QDate(2026, 11, 6));
        QCOMPARE(money(f.staff(f.ann, QDate(2026, 11, 6)).value(u"hours_worked"_s)), u"6.00"_s);
        QCOMPARE(money(f.location(f.downtown, QDate(2026, 11, 6)).value(u"labor_hours"_s)), u"6.00"_s);
    }

    void chunksReportProgressAndCanStop()
    {
        Fixture f;
        for (int day = 0; day < 40; ++day) {
            const QString start = QDate(2026, 9, 1).addDays(day).toString(Qt::ISODate);
            f.addEntry(f.ann, start + u" 09:00-07"_s, QString(start + u" 10:00-07"_s),
                       f.addShift(f.ann, f.downtown, start + u" 09:00-07"_s, start + u" 10:00-07"_s));
        }
        MetricsRollup rollup = f.rollup();
        QList<int> seen;
        const MetricsRollup::Report all =
            rollup.run(f.s(), QDate(2026, 9, 1), QDate(2026, 10, 10), [&seen](QDate, int done, int total) {
                seen << done;
                return total == 40;
            });
        QCOMPARE(seen, (QList<int>{31, 40}));
        QCOMPARE(all.staffRows, 40);
        QVERIFY(!all.cancelled);
        QVERIFY2(all.summary().startsWith(u"Rolled up 2026-09-01 to 2026-10-10 (40 days, 0 with sales)"_s),
                 qPrintable(all.summary()));

        f.s().exec(u"DELETE FROM staff_metrics_daily"_s);
        const MetricsRollup::Report stopped =
            rollup.run(f.s(), QDate(2026, 9, 1), QDate(2026, 10, 10), [](QDate, int, int) { return false; });
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.to, QDate(2026, 10, 1));
        QCOMPARE(f.count(u"staff_metrics_daily"_s), 31); // the first transaction's days stay done
    }

    void refusesBadRanges()
    {
        Fixture f;
        MetricsRollup rollup = f.rollup();
        const auto refuses = [&](QDate from, QDate to, const QString &words) {
            try {
                rollup.run(f.s(), from, to);
            } catch (const DbError &e) {
                QCOMPARE(e.kind(), DbError::Kind::Usage);
                QVERIFY2(e.message().contains(words), qPrintable(e.message()));
                return;
            }
            QFAIL("the range was accepted");
        };
        refuses(QDate(2026, 11, 5), QDate(2026, 11, 4), u"before its first"_s);
        refuses(QDate(2026, 11, 5), QDate(2026, 11, 11), u"has not begun yet"_s); // today is the 10th
        refuses(QDate(2022, 1, 1), QDate(2026, 11, 1), u"at most 1098 days"_s);
        QCOMPARE(f.count(u"staff_metrics_daily"_s), 0);
        QCOMPARE(rollup.nightlyRange(), std::make_pair(QDate(2026, 11, 3), QDate(2026, 11, 9)));
    }
};

QTEST_GUILESS_MAIN(TestMetricsRollup)
#include "tst_metricsrollup.moc"
