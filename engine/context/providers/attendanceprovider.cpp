#include "context/providers/attendanceprovider.h"

#include "business/staffscope.h"
#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

using ProviderUtil::round1;

namespace {
// About what one person clocked in takes a line: name, id, role, times, hours and store.
constexpr int kClockedInLineTokens = 30;
} // namespace

using ProviderUtil::str;
using ProviderUtil::text;

QString AttendanceProvider::moduleId() const
{
    return u"attendance"_s;
}

QString AttendanceProvider::moduleName() const
{
    return u"Time & Attendance"_s;
}

QString AttendanceProvider::description() const
{
    return u"Who is clocked in, who is late, recent departures, long shifts without a break."_s;
}

json AttendanceProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc();
    const QString nowSql = SqlSession::timestamp(now);
    const QString staff = StaffScope::condition(request);
    const bool breaks = request.features.breakEntries;
    // Break time so far, "on a break now" and breaks taken, for each time entry `e`: one probe of its breaks.
    const QString breakJoin =
        breaks ? u"LEFT JOIN LATERAL (SELECT coalesce(sum(extract(epoch FROM least(coalesce(b.break_end, :now), :now) "
                 "- b.break_start)), 0) / 60 AS minutes, coalesce(bool_or(b.break_end IS NULL OR b.break_end > :now), "
                 "false) AS on_break, count(*) FILTER (WHERE b.break_start < :now) AS taken FROM break_entries b "
                 "WHERE b.time_entry_id = e.id AND b.break_start <= :now) br ON true"_s
               : u"CROSS JOIN (SELECT 0 AS minutes, false AS on_break, 0 AS taken) br"_s;
    const auto bind = [&nowSql](QString sql) { return sql.replace(u":now"_s, u"'%1'::timestamptz"_s.arg(nowSql)); };

    json data = {{"now", ContextFormat::localIso(now, calendar).toStdString()},
                 {"clockedIn", json::array()},
                 {"expectedButMissing", json::array()},
                 {"recentClockOuts", json::array()},
                 {"longShiftsWithoutBreak", json::array()}};

    // More people in than the budget could ever list (a chain's) are counted per store instead, and only those in
    // long enough to be due a break are read (for longShiftsWithoutBreak).
    const QString inNow = u"e.clock_out IS NULL AND e.clock_in <= :now AND e.clock_in > :now - interval '24 hours'"_s;
    const auto readIn = [&](const QString &condition, const QString &limit) {
        return session.select(
            bind(u"SELECT u.id, u.name, u.role::text, %3, %4, coalesce(l.name, ''), br.minutes, br.on_break, br.taken, "
                 "l.id FROM time_entries e JOIN users u ON u.id = e.user_id "
                 "LEFT JOIN shifts sh ON sh.id = e.shift_id LEFT JOIN locations l ON l.id = sh.location_id %1 "
                 "WHERE %2 AND %5 ORDER BY e.clock_in, u.name%6"_s.arg(
                     breakJoin, staff, SqlTimestamp::epochMillisSql(u"e.clock_in"_s),
                     SqlTimestamp::epochMillisSql(u"sh.end_time"_s), condition, limit)));
    };
    SqlRows clockedIn = readIn(inNow, ContextLists::readLimit(request));
    const bool countOnly = ContextLists::countInstead(request, clockedIn.size());
    if (countOnly) {
        ContextLists::counted(
            data, u"clockedIn"_s,
            ContextLists::locationCounts(session.select(bind(
                u"SELECT l.id, coalesce(l.name, ''), count(*) FROM time_entries e JOIN users u ON u.id = e.user_id "
                "LEFT JOIN shifts sh ON sh.id = e.shift_id LEFT JOIN locations l ON l.id = sh.location_id "
                "WHERE %1 AND %2 GROUP BY l.id, l.name ORDER BY l.id IS NOT NULL, l.name, l.id"_s.arg(staff, inNow)))),
            kClockedInLineTokens);
        clockedIn =
            readIn(inNow + u" AND e.clock_in <= :now - interval '%1 minutes'"_s.arg(int(kLongShiftHours * 60)), {});
    }
    for (const QVariantList &row : clockedIn.rows) {
        // Instants as epoch milliseconds (SqlTimestamp::epochMillisSql): a large store has over a thousand in.
        const QDateTime clockIn = SqlTimestamp::fromEpochMillis(row.at(3));
        const double breakMins = row.at(6).toDouble();
        const double worked = std::max(0.0, (double(clockIn.secsTo(now)) / 60.0 - breakMins) / 60.0);
        json person = {
            {"userId", text(row.at(0))},     {"name", text(row.at(1))},
            {"role", text(row.at(2))},       {"clockIn", ContextFormat::localIso(clockIn, calendar).toStdString()},
            {"hoursWorked", round1(worked)}, {"breakMinutes", std::lround(breakMins)},
            {"onBreak", row.at(7).toBool()}, {"location", text(row.at(5))}};
        if (!row.at(9).isNull())
            person["locationId"] = text(row.at(9));
        if (!row.at(4).isNull())
            person["scheduledEnd"] =
                ContextFormat::localIso(SqlTimestamp::fromEpochMillis(row.at(4)), calendar).toStdString();
        if (!countOnly)
            data["clockedIn"].push_back(person);
        if (worked >= kLongShiftHours && row.at(8).toInt() == 0 && !row.at(7).toBool()) {
            json due = {{"userId", person["userId"]},
                        {"name", person["name"]},
                        {"hoursWorked", person["hoursWorked"]},
                        {"location", person["location"]}};
            if (person.contains("locationId"))
                due["locationId"] = person["locationId"];
            data["longShiftsWithoutBreak"].push_back(due);
        }
    }

    // Late: the shift has started (not merely scheduled) and is not over, and nobody clocked in for it. Someone
    // with an open time entry (working, or on a break) is never late.
    const SqlRows missing = session.select(
        bind(u"SELECT u.id, u.name, sh.id, sh.start_time, sh.end_time, coalesce(l.name, ''), l.id "
             "FROM shifts sh JOIN users u ON u.id = sh.user_id LEFT JOIN locations l ON l.id = sh.location_id "
             // The lower bound lets the start_time index find today's shifts among years of them: no real shift
             // lasts a day.
             "WHERE %1 AND sh.start_time <= :now AND sh.start_time > :now - interval '24 hours' AND sh.end_time > :now "
             "AND NOT EXISTS (SELECT 1 FROM time_entries e WHERE e.user_id = sh.user_id AND e.clock_in < sh.end_time "
             "AND e.clock_in >= sh.start_time - interval '3 hours' AND (e.clock_out IS NULL OR e.clock_out > "
             "sh.start_time)) "
             "ORDER BY sh.start_time, u.name"_s.arg(staff)));
    for (const QVariantList &row : missing.rows) {
        const QDateTime start = SqlTimestamp::decode(row.at(3));
        json person = {{"userId", text(row.at(0))},
                       {"name", text(row.at(1))},
                       {"shiftId", text(row.at(2))},
                       {"shiftStart", ContextFormat::localIso(start, calendar).toStdString()},
                       {"shiftEnd", ContextFormat::localIso(SqlTimestamp::decode(row.at(4)), calendar).toStdString()},
                       {"minutesLate", start.secsTo(now) / 60},
                       {"location", text(row.at(5))}};
        if (!row.at(6).isNull())
            person["locationId"] = text(row.at(6));
        data["expectedButMissing"].push_back(person);
    }

    const SqlRows left =
        session.select(bind(u"SELECT u.id, u.name, e.clock_in, e.clock_out, l.id, coalesce(l.name, '') "
                            "FROM time_entries e JOIN users u ON u.id = e.user_id "
                            "LEFT JOIN shifts sh ON sh.id = e.shift_id LEFT JOIN locations l ON l.id = sh.location_id "
                            "WHERE %1 AND e.clock_out > :now - interval '%2 minutes' AND e.clock_out <= :now "
                            "ORDER BY e.clock_out DESC, u.name"_s.arg(staff)
                                .arg(kRecentClockOutMinutes)));
    for (const QVariantList &row : left.rows) {
        const QDateTime in = SqlTimestamp::decode(row.at(2));
        const QDateTime out = SqlTimestamp::decode(row.at(3));
        json person = {{"userId", text(row.at(0))},
                       {"name", text(row.at(1))},
                       {"clockOut", ContextFormat::localIso(out, calendar).toStdString()},
                       {"hoursWorked", round1(double(in.secsTo(out)) / 3600.0)},
                       {"location", text(row.at(5))}};
        if (!row.at(4).isNull())
            person["locationId"] = text(row.at(4));
        data["recentClockOuts"].push_back(person);
    }
    return data;
}

QString AttendanceProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    // Each line fills all its placeholders in one arg() call: a name containing "%1" must stay a name.
    const ContextFormat::LocalTimes times(request.calendar);
    const auto local = [&times](const json &iso) { return times.time(str(iso)); };
    const auto hours = [](const json &value) { return ContextFormat::hours(value.get<double>()); };
    QStringList lines;
    lines << u"## Time & Attendance"_s;
    ContextLists::appendSection(lines, data, u"clockedIn"_s, u"Clocked in now"_s, [&](const json &p) {
        QString line = u"- %1 [user %2], %3, since %4, %5 h worked"_s.arg(
            str(p["name"]), str(p["userId"]), str(p["role"]), local(p["clockIn"]), hours(p["hoursWorked"]));
        if (p["onBreak"].get<bool>())
            line += u", ON A BREAK now"_s;
        if (!str(p["location"]).isEmpty())
            line += u", at "_s + str(p["location"]);
        if (p.contains("scheduledEnd"))
            line += u", shift ends "_s + local(p["scheduledEnd"]);
        return line;
    });
    ContextLists::appendSection(
        lines, data, u"expectedButMissing"_s, u"Expected but not clocked in"_s, [&](const json &p) {
            const QString at = str(p["location"]).isEmpty() ? QString() : u", at "_s + str(p["location"]);
            return u"- %1 [user %2], shift started %3 (%4 min ago)%5 [shift %6]"_s.arg(
                str(p["name"]), str(p["userId"]), local(p["shiftStart"]),
                QString::number(p["minutesLate"].get<qint64>()), at, str(p["shiftId"]));
        });
    ContextLists::appendSection(
        lines, data, u"recentClockOuts"_s, u"Clocked out in the last %1 minutes"_s.arg(kRecentClockOutMinutes),
        [&](const json &p) {
            return u"- %1 [user %2] at %3 after %4 h"_s.arg(str(p["name"]), str(p["userId"]), local(p["clockOut"]),
                                                            hours(p["hoursWorked"]));
        });
    ContextLists::appendSection(
        lines, data, u"longShiftsWithoutBreak"_s, u"Worked %1+ hours without a break"_s.arg(int(kLongShiftHours)),
        [&](const json &p) {
            const QString at = str(p.value("location", json())).isEmpty() ? QString() : u", at "_s + str(p["location"]);
            return u"- %1 [user %2], %3 h%4"_s.arg(str(p["name"]), str(p["userId"]), hours(p["hoursWorked"]), at);
        });
    return lines.join(u'\n');
}

QMap<QString, int> AttendanceProvider::attention(const json &data) const
{
    return {{u"expectedButMissing"_s, int(data["expectedButMissing"].size())},
            {u"longShiftsWithoutBreak"_s, int(data["longShiftsWithoutBreak"].size())}};
}

QList<ContextList> AttendanceProvider::lists() const
{
    return {{u"expectedButMissing"_s, true},
            {u"longShiftsWithoutBreak"_s, true},
            {u"clockedIn"_s, false},
            {u"recentClockOuts"_s, false}};
}
