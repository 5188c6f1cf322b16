// The attendance module on known data in a real database: late, not yet started, on a break, long shifts, recent
// departures, across midnight and across the end of daylight saving time, and only real staff.
#include "context/providers/attendanceprovider.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QTimeZone kPacific("America/Los_Angeles");

// A tiny TeamTime: people, a store, shifts and time entries at given instants.
class Fixture
{
public:
    explicit Fixture(TestDatabase &db) : m_s(db.session())
    {
        m_location = m_s.scalar(u"INSERT INTO locations (name) VALUES ('Old Town') RETURNING id"_s).toString();
    }

    QString person(const QString &name, bool active = true)
    {
        return m_s
            .scalar(u"INSERT INTO users (email, username, pin_hash, name, is_active) VALUES (?, ?, 'x', ?, ?) "
                    "RETURNING id"_s,
                    {QVariant(name + u"@example.com"_s), name, name, active})
            .toString();
    }

    QString shift(const QString &user, const QDateTime &start, const QDateTime &end)
    {
        return m_s
            .scalar(u"INSERT INTO shifts (user_id, location_id, start_time, end_time) VALUES (?, ?, ?, ?) "
                    "RETURNING id"_s,
                    {user, m_location, SqlSession::timestamp(start), SqlSession::timestamp(end)})
            .toString();
    }

    QString entry(const QString &user, const QString &shiftId, const QDateTime &in, const QDateTime &out = {})
    {
        return m_s
            .scalar(u"INSERT INTO time_entries (user_id, shift_id, clock_in, clock_out) VALUES (?, ?, ?, ?) "
                    "RETURNING id"_s,
                    {user, shiftId.isEmpty() ? QVariant() : QVariant(shiftId), SqlSession::timestamp(in),
                     out.isValid() ? QVariant(SqlSession::timestamp(out)) : QVariant()})
            .toString();
    }

    void breakEntry(const QString &entryId, const QString &user, const QDateTime &start, const QDateTime &end = {})
    {
        m_s.exec(u"INSERT INTO break_entries (time_entry_id, user_id, break_start, break_end) VALUES (?, ?, ?, ?)"_s,
                 {entryId, user, SqlSession::timestamp(start),
                  end.isValid() ? QVariant(SqlSession::timestamp(end)) : QVariant()});
    }

private:
    SqlSession &m_s;
    QString m_location;
};

ContextRequest requestAt(const QDateTime &now, bool currentSchema = false)
{
    ContextRequest request;
    request.calendar = BusinessCalendar(kPacific, std::make_shared<FixedClock>(now));
    request.features.breakEntries = currentSchema;
    request.features.userTypes = currentSchema;
    return request;
}

QDateTime at(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kPacific).toUTC();
}

const json *find(const json &list, const QString &userId)
{
    for (const json &item : list) {
        if (item["userId"] == userId.toStdString())
            return &item;
    }
    return nullptr;
}

} // namespace

class TestAttendanceProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesLateOnTimeNotYetStartedAndGone()
    {
        TestDatabase db;
        Fixture f(db);
        const QDateTime now = at(2026, 11, 24, 12, 0);
        const QString late = f.person(u"Ana Ruiz"_s);
        const QString lateShift = f.shift(late, now.addSecs(-25 * 60), now.addSecs(6 * 3600));
        const QString onTime = f.person(u"Bo Lind"_s);
        f.entry(onTime, f.shift(onTime, now.addSecs(-3600), now.addSecs(3600 * 7)), now.addSecs(-3540));
        const QString later = f.person(u"Cy Park"_s);
        f.shift(later, now.addSecs(10 * 60), now.addSecs(8 * 3600)); // not started: not late
        const QString gone = f.person(u"Di Moss"_s);
        f.entry(gone, f.shift(gone, now.addSecs(-6 * 3600), now.addSecs(-30 * 60)), now.addSecs(-6 * 3600),
                now.addSecs(-30 * 60));
        const QString odd = f.person(u"Zed %1 %2"_s); // a name with placeholders stays a name
        f.shift(odd, now.addSecs(-15 * 60), now.addSecs(3600));
        const QString former = f.person(u"Ed Former"_s, false); // inactive: never counted
        f.shift(former, now.addSecs(-3600), now.addSecs(3600));

        const ContextRequest request = requestAt(now);
        const ContextModule module = AttendanceProvider().build(db.session(), request);
        const json &missing = module.data["expectedButMissing"];
        QCOMPARE(missing.size(), 2u);
        QVERIFY2(module.prompt.contains(u"- Zed %1 %2 [user "_s + odd + u"], shift started 11:45 (15 min ago)"_s),
                 qPrintable(module.prompt));
        QCOMPARE(missing[0]["userId"], json(late.toStdString()));
        QCOMPARE(missing[0]["minutesLate"], json(25));
        QCOMPARE(missing[0]["shiftId"], json(lateShift.toStdString()));
        QCOMPARE(missing[0]["location"], json("Old Town"));
        QCOMPARE(missing[0]["shiftStart"], json("2026-11-24T11:35:00-08:00")); // business time, not UTC
        QVERIFY(find(module.data["clockedIn"], onTime));
        QCOMPARE((*find(module.data["clockedIn"], onTime))["hoursWorked"], json(1.0));
        QVERIFY(!find(module.data["clockedIn"], gone));
        QCOMPARE(module.data["recentClockOuts"].size(), 1u);
        QCOMPARE(module.data["recentClockOuts"][0]["userId"], json(gone.toStdString()));
        QCOMPARE(module.attention.value(u"expectedButMissing"_s), 2);

        // The prompt names everyone with the id the model needs for a tool call.
        QVERIFY2(module.prompt.contains(
                     u"- Ana Ruiz [user %1], shift started 11:35 (25 min ago), at Old Town [shift %2]"_s.arg(
                         late, lateShift)),
                 qPrintable(module.prompt));
        QVERIFY(module.prompt.contains(u"Bo Lind [user %1]"_s.arg(onTime)));
        QVERIFY(!module.prompt.contains(u"Cy Park"_s));
        QVERIFY(!module.prompt.contains(u"Ed Former"_s));
        QVERIFY(module.tokenEstimate > 0);
    }

    void leavesPeopleOnABreakAlone()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        Fixture f(db);
        const QDateTime now = at(2026, 11, 24, 13, 0);
        const QString lunching = f.person(u"Ana Ruiz"_s);
        const QString entry = f.entry(lunching, f.shift(lunching, now.addSecs(-4 * 3600), now.addSecs(4 * 3600)),
                                      now.addSecs(-4 * 3600 + 120));
        f.breakEntry(entry, lunching, now.addSecs(-20 * 60));
        const QString tired = f.person(u"Bo Lind"_s);
        f.entry(tired, f.shift(tired, now.addSecs(-7 * 3600), now.addSecs(3600)), now.addSecs(-(6 * 3600 + 1800)));
        const QString rested = f.person(u"Cy Park"_s);
        const QString restedEntry = f.entry(rested, {}, now.addSecs(-7 * 3600));
        f.breakEntry(restedEntry, rested, now.addSecs(-4 * 3600), now.addSecs(-(3 * 3600 + 1800)));

        const ContextModule module = AttendanceProvider().build(db.session(), requestAt(now, true));
        QVERIFY(module.data["expectedButMissing"].empty());
        const json *ana = find(module.data["clockedIn"], lunching);
        QVERIFY(ana);
        QCOMPARE((*ana)["onBreak"], json(true));
        QCOMPARE((*ana)["breakMinutes"], json(20));
        QCOMPARE(module.data["longShiftsWithoutBreak"].size(), 1u);
        QCOMPARE(module.data["longShiftsWithoutBreak"][0]["userId"], json(tired.toStdString()));
        QCOMPARE((*find(module.data["clockedIn"], rested))["hoursWorked"], json(6.5)); // the break does not count
        QVERIFY(module.prompt.contains(u"ON A BREAK now"_s));
    }

    void countsAcrossMidnight()
    {
        TestDatabase db;
        Fixture f(db);
        const QDateTime now = at(2026, 11, 25, 0, 30); // half past midnight in California
        const QString nightOwl = f.person(u"Ana Ruiz"_s);
        f.shift(nightOwl, at(2026, 11, 24, 22, 0), at(2026, 11, 25, 6, 0));
        const QString worker = f.person(u"Bo Lind"_s);
        f.entry(worker, {}, at(2026, 11, 24, 23, 0));
        const ContextModule module = AttendanceProvider().build(db.session(), requestAt(now));
        QCOMPARE(module.data["expectedButMissing"].size(), 1u);
        QCOMPARE(module.data["expectedButMissing"][0]["minutesLate"], json(150));
        QCOMPARE((*find(module.data["clockedIn"], worker))["hoursWorked"], json(1.5));
        QVERIFY2(module.prompt.contains(u"shift started Tue 24 Nov 22:00 (150 min ago)"_s), qPrintable(module.prompt));
    }

    // 1 November 2026: at 02:00 PDT the clocks go back to 01:00 PST. A shift from 01:30 PDT is 75 real minutes old
    // at 01:45 PST, not 15.
    void countsRealMinutesAcrossTheEndOfDaylightSaving()
    {
        TestDatabase db;
        Fixture f(db);
        const QDateTime shiftStart = QDateTime::fromString(u"2026-11-01T08:30:00Z"_s, Qt::ISODate); // 01:30 PDT
        const QDateTime now = QDateTime::fromString(u"2026-11-01T09:45:00Z"_s, Qt::ISODate);        // 01:45 PST
        const QString person = f.person(u"Ana Ruiz"_s);
        f.shift(person, shiftStart, now.addSecs(6 * 3600));
        const ContextModule module = AttendanceProvider().build(db.session(), requestAt(now));
        QCOMPARE(module.data["expectedButMissing"][0]["minutesLate"], json(75));
        QCOMPARE(module.data["expectedButMissing"][0]["shiftStart"], json("2026-11-01T01:30:00-07:00"));
    }

    void countsOnlyStaff()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        Fixture f(db);
        SqlSession &s = db.session();
        const QDateTime now = at(2026, 11, 24, 12, 0);
        const QString vendorType =
            s.scalar(u"INSERT INTO user_types (name) VALUES ('Vendor') RETURNING id"_s).toString();
        const QString vendor = f.person(u"Vera Vendor"_s);
        s.exec(u"UPDATE users SET user_type_id = ? WHERE id = ?"_s, {vendorType, vendor});
        f.shift(vendor, now.addSecs(-3600), now.addSecs(3600));
        const QString ai = f.person(u"Office Manager (AI)"_s);
        f.shift(ai, now.addSecs(-3600), now.addSecs(3600));
        const QString staff = f.person(u"Sam Staff"_s);
        f.shift(staff, now.addSecs(-3600), now.addSecs(3600));
        ContextRequest request = requestAt(now, true);
        request.aiSystemUserId = ai;
        const ContextModule module = AttendanceProvider().build(s, request);
        QCOMPARE(module.data["expectedButMissing"].size(), 1u);
        QCOMPARE(module.data["expectedButMissing"][0]["userId"], json(staff.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceProvider)
#include "tst_attendanceprovider.moc"
