#include "context/providers/attendancehistoryprovider.h"

#include "business/staffscope.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "context/providers/shiftattendance.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <QHash>
#include <array>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

using ProviderUtil::str;

struct Tally
{
    int shifts = 0;
    int late = 0;
    int absences = 0;
};

struct Person
{
    QString userId;
    QString name;
    Tally total;
    qint64 lateMinutes = 0;
    std::array<Tally, 8> byWeekday{}; // index 1..7, ISO weekday
};

const QStringList kWeekdays = {{}, u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s};

} // namespace

QString AttendanceHistoryProvider::moduleId() const
{
    return u"attendance-history"_s;
}

QString AttendanceHistoryProvider::moduleName() const
{
    return u"Attendance History"_s;
}

QString AttendanceHistoryProvider::description() const
{
    return u"Lateness and absences by person and weekday over the analysis window."_s;
}

json AttendanceHistoryProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const AnalysisWindow window = AnalysisWindow::of(request);
    const SqlRows rows = session.select(
        u"SELECT u.id, u.name, sh.start_time, %1 FROM shifts sh JOIN users u ON u.id = sh.user_id "
        "WHERE %2 AND sh.start_time >= ?::timestamptz AND sh.start_time < ?::timestamptz AND %3 "
        "ORDER BY u.name, u.id, sh.start_time"_s.arg(ShiftAttendance::firstClockInSql(), StaffScope::condition(request),
                                                     ShiftAttendance::realShiftSql()),
        {SqlSession::timestamp(window.fromUtc), SqlSession::timestamp(window.toUtc)});

    std::vector<Person> people;
    QHash<QString, size_t> index;
    for (const QVariantList &row : rows.rows) {
        const QString userId = row.at(0).toString();
        if (!index.contains(userId)) {
            index.insert(userId, people.size());
            people.push_back({userId, row.at(1).toString(), {}, 0, {}});
        }
        Person &person = people[index.value(userId)];
        const QDateTime start = SqlTimestamp::decode(row.at(2));
        // The weekday the shift was worked on, in the business's zone: a 17:00 Friday shift in California is
        // already Saturday in UTC.
        Tally &day = person.byWeekday[size_t(calendar.toLocal(start).date().dayOfWeek())];
        ++person.total.shifts;
        ++day.shifts;
        if (row.at(3).isNull()) {
            ++person.total.absences;
            ++day.absences;
            continue;
        }
        const qint64 minutesLate = ShiftAttendance::minutesLate(start, SqlTimestamp::decode(row.at(3)));
        if (ShiftAttendance::isLate(minutesLate)) {
            ++person.total.late;
            ++day.late;
            person.lateMinutes += minutesLate;
        }
    }

    json data = {{"window", window.toJson()},
                 {"lateGraceMinutes", kLateGraceMinutes},
                 {"people", json::array()},
                 {"latenessByWeekday", json::array()}};
    for (const Person &person : people) {
        const std::string userId = person.userId.toStdString();
        const std::string name = person.name.toStdString();
        data["people"].push_back(
            {{"userId", userId},
             {"name", name},
             {"shifts", person.total.shifts},
             {"lateShifts", person.total.late},
             {"absences", person.total.absences},
             {"avgMinutesLate",
              person.total.late > 0 ? ProviderUtil::round(double(person.lateMinutes) / person.total.late, 1) : 0.0}});
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const Tally &day = person.byWeekday[size_t(weekday)];
            if (day.shifts > 0)
                data["latenessByWeekday"].push_back({{"userId", userId},
                                                     {"name", name},
                                                     {"weekday", weekday},
                                                     {"lateShifts", day.late},
                                                     {"absences", day.absences},
                                                     {"shifts", day.shifts}});
        }
    }
    return data;
}

QString AttendanceHistoryProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto count = [](const json &value) { return QString::number(value.get<int>()); };
    const json &window = data["window"];
    QStringList lines;
    lines << u"## Attendance history (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                                str(window["lastDay"]));
    lines << u"Late: the first clock-in came more than %1 minutes after the shift started. Absent: nobody clocked in "
             "for the shift. Weekdays are the business's."_s.arg(data["lateGraceMinutes"].get<int>());
    if (data["people"].empty())
        lines << u"No shifts in the window."_s;
    for (const json &p : data["people"]) {
        // One arg() call: a name may contain "%1", which a chained arg() would substitute again.
        QString line = u"- %1 [user %2]: %3 shifts, %4 late"_s.arg(str(p["name"]), str(p["userId"]), count(p["shifts"]),
                                                                   count(p["lateShifts"]));
        if (p["lateShifts"].get<int>() > 0)
            line += u" (%1 min late on average)"_s.arg(ProviderUtil::decimal(p["avgMinutesLate"], 1));
        line += u", %1 absent"_s.arg(p["absences"].get<int>());
        QStringList days;
        for (const json &d : data["latenessByWeekday"]) {
            if (d["userId"] != p["userId"] || (d["lateShifts"].get<int>() == 0 && d["absences"].get<int>() == 0))
                continue;
            QString day = u"%1 %2/%3 late"_s.arg(kWeekdays.at(d["weekday"].get<int>()), count(d["lateShifts"]),
                                                 count(d["shifts"]));
            if (d["absences"].get<int>() > 0)
                day += u", %1 absent"_s.arg(d["absences"].get<int>());
            days << day;
        }
        if (!days.isEmpty())
            line += u"; by weekday: "_s + days.join(u"; "_s);
        lines << line;
    }
    return lines.join(u'\n');
}
