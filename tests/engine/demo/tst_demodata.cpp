// The demo business: the situations the Office Manager must notice today, eight weeks of history with a pattern
// worth noticing, and the same business again for the same seed.
#include "auth/signin.h"
#include "core/businesscalendar.h"
#include "demo/demodatagenerator.h"
#include "fixedclock.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Friday 20 November 2026, 11:00 in Los Angeles.
const QDateTime kNow = QDateTime::fromString(u"2026-11-20T19:00:00Z"_s, Qt::ISODate);
const QString kZone = u"America/Los_Angeles"_s;

DemoSummary generate(TestDatabase &db, quint64 seed, const QDateTime &now = kNow)
{
    DemoOptions options;
    options.seed = seed;
    const BusinessCalendar calendar(QTimeZone(kZone.toUtf8()), std::make_shared<FixedClock>(now));
    return DemoDataGenerator(options, calendar).generate(db.session());
}

// A fingerprint of the whole demo: every row of the tables the generator fills.
QString fingerprint(SqlSession &s)
{
    QStringList parts;
    for (const QString &table : {u"locations"_s, u"users"_s, u"store_hours"_s, u"shifts"_s, u"time_entries"_s,
                                 u"tasks"_s, u"task_completions"_s, u"purchase_requests"_s, u"atm_withdrawals"_s,
                                 u"withdrawal_allocations"_s, u"conversations"_s, u"messages"_s, u"notifications"_s}) {
        parts << s.scalar(u"SELECT md5(coalesce(string_agg((to_jsonb(t) - 'created_at' - 'updated_at' - "
                          "'joined_at')::text, ',' ORDER BY t.id), '')) FROM %1 t"_s.arg(table))
                     .toString();
    }
    return parts.join(u'/');
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    DemoSummary m_summary;

    // Runs a count with :now standing for the demo's "now" and :zone for the business time zone.
    int count(QString sql)
    {
        sql.replace(u":now"_s, u"'%1'::timestamptz"_s.arg(SqlSession::timestamp(kNow)));
        sql.replace(u":zone"_s, u"'%1'"_s.arg(kZone));
        return m_db->session().scalar(sql).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Schema::Baseline);
        m_summary = generate(*m_db, 1);
    }

    void cleanupTestCase() { m_db.reset(); }

    void buildsASmallBusiness()
    {
        QCOMPARE(count(u"SELECT count(*) FROM locations"_s), 2);
        QCOMPARE(m_summary.locations, 2);
        const int people = count(u"SELECT count(*) FROM users"_s);
        QVERIFY2(people >= 12 && people <= 18, qPrintable(QString::number(people)));
        QCOMPARE(m_summary.users, people);
        QCOMPARE(count(u"SELECT count(DISTINCT role) FROM users"_s), 4);
        QCOMPARE(count(u"SELECT count(*) FROM store_hours"_s), 14);
        QCOMPARE(m_summary.shifts, count(u"SELECT count(*) FROM shifts"_s));
        QCOMPARE(m_summary.timeEntries, count(u"SELECT count(*) FROM time_entries"_s));
        QCOMPARE(m_summary.tasks, count(u"SELECT count(*) FROM tasks"_s));
        // Nothing happens in the future: no clock-ins, completions or withdrawals after now.
        QCOMPARE(count(u"SELECT count(*) FROM time_entries WHERE clock_in > :now"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM task_completions WHERE completed_at > :now"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM atm_withdrawals WHERE withdrawn_at > :now"_s), 0);
    }

    void managersCanSignInWithTheDemoPassword()
    {
        SqlSession &s = m_db->session();
        const QString admin =
            s.scalar(u"SELECT username FROM users WHERE role = 'admin' AND is_active ORDER BY created_at LIMIT 1"_s)
                .toString();
        const QString staff = s.scalar(u"SELECT username FROM users WHERE role = 'staff' AND is_active "
                                       "AND password_hash IS NOT NULL LIMIT 1"_s)
                                  .toString();
        const QString password = QString::fromLatin1(DemoOptions::kManagerPassword);
        QVERIFY(SignIn::authenticate(s, admin, password).user);
        QCOMPARE(SignIn::authenticate(s, staff, password).error,
                 u"That email or username and password do not match a TeamTime account."_s);
        QCOMPARE(count(u"SELECT count(DISTINCT password_hash) FROM users WHERE role IN ('admin', 'manager')"_s), 1);
    }

    void someoneIsLateToday()
    {
        QVERIFY(count(u"SELECT count(*) FROM shifts s WHERE s.start_time BETWEEN :now - interval '60 min' "
                      "AND :now - interval '20 min' AND NOT EXISTS (SELECT 1 FROM time_entries e "
                      "WHERE e.user_id = s.user_id AND e.clock_in >= s.start_time - interval '1 hour')"_s) >= 1);
    }

    void someoneIsOnALongShift()
    {
        QVERIFY(count(u"SELECT count(*) FROM time_entries WHERE clock_out IS NULL "
                      "AND clock_in <= :now - interval '8 hours'"_s) >= 1);
    }

    void someoneHasClockedOutToday()
    {
        QVERIFY(count(u"SELECT count(*) FROM time_entries WHERE clock_out IS NOT NULL AND clock_out <= :now "
                      "AND (clock_out AT TIME ZONE :zone)::date = (:now AT TIME ZONE :zone)::date"_s) >= 1);
    }

    void tasksAreOverdueDueSoonAndDone()
    {
        const QString open = u"status IN ('not_started', 'in_progress')"_s;
        QVERIFY(count(u"SELECT count(*) FROM tasks WHERE %1 AND due_at BETWEEN :now - interval '5 hours' "
                      "AND :now - interval '1 hour'"_s.arg(open)) >= 1);
        QCOMPARE(
            count(u"SELECT count(*) FROM tasks WHERE %1 AND due_at < :now - interval '5 hours 1 minute'"_s.arg(open)),
            0);
        QVERIFY(count(u"SELECT count(*) FROM tasks WHERE %1 AND due_at > :now "
                      "AND due_at <= :now + interval '3 hours'"_s.arg(open)) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM tasks t JOIN task_completions c ON c.task_id = t.id "
                      "WHERE t.status = 'completed' AND (c.completed_at AT TIME ZONE :zone)::date = "
                      "(:now AT TIME ZONE :zone)::date"_s) >= 1);
    }

    void cashPaperworkIsWaiting()
    {
        QVERIFY(count(u"SELECT count(*) FROM purchase_requests WHERE status = 'pending'"_s) >= 1);
        QVERIFY(count(u"SELECT count(*) FROM atm_withdrawals WHERE status = 'unassigned' "
                      "AND withdrawn_at <= :now - interval '3 days'"_s) >= 1);
    }

    void hasEightWeeksOfHistory()
    {
        const int days = count(u"SELECT (extract(epoch FROM :now - min(clock_in)) / 86400)::int FROM time_entries"_s);
        QVERIFY2(days >= 54 && days <= 58, qPrintable(QString::number(days)));
    }

    // One person is often late on Fridays and on time otherwise; the optimizer should be able to find them.
    void someoneIsOftenLateOnFridays()
    {
        const SqlRows rows =
            m_db->session().select(u"SELECT e.user_id, "
                                   "avg(extract(epoch FROM e.clock_in - s.start_time) / 60) FILTER (WHERE "
                                   "extract(isodow FROM s.start_time AT TIME ZONE ?) = 5) AS friday, "
                                   "avg(extract(epoch FROM e.clock_in - s.start_time) / 60) FILTER (WHERE "
                                   "extract(isodow FROM s.start_time AT TIME ZONE ?) <> 5) AS other "
                                   "FROM time_entries e JOIN shifts s ON s.id = e.shift_id WHERE s.start_time < "
                                   "?::timestamptz - interval '1 day' "
                                   "GROUP BY e.user_id HAVING count(*) FILTER (WHERE extract(isodow FROM s.start_time "
                                   "AT TIME ZONE ?) = 5) >= 5 "
                                   "ORDER BY friday DESC NULLS LAST"_s,
                                   {kZone, kZone, SqlSession::timestamp(kNow), kZone});
        QVERIFY(rows.size() >= 3);
        const double worstFriday = rows.value(0, u"friday"_s).toDouble();
        const double sameOtherDays = rows.value(0, u"other"_s).toDouble();
        QVERIFY2(worstFriday >= 15 && sameOtherDays <= 5,
                 qPrintable(u"friday %1 other %2"_s.arg(worstFriday).arg(sameOtherDays)));
        // Only one person has that pattern.
        QVERIFY(rows.value(1, u"friday"_s).toDouble() < 10);
    }

    void isDeterministicForASeed()
    {
        TestDatabase same(TestDatabase::Schema::Baseline);
        generate(same, 1);
        QCOMPARE(fingerprint(same.session()), fingerprint(m_db->session()));
        TestDatabase other(TestDatabase::Schema::Baseline);
        generate(other, 2);
        const QStringList a = fingerprint(other.session()).split(u'/');
        const QStringList b = fingerprint(m_db->session()).split(u'/');
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) != b.at(i), qPrintable(u"table %1 is the same for seeds 1 and 2"_s.arg(i)));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
