#include "context/providers/scheduleprovider.h"

#include "business/staffscope.h"
#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

using ProviderUtil::str;
using ProviderUtil::text;

// store_hours keeps wall-clock times as text ("09:00"); older rows may carry seconds.
// About what one shift's line takes: name, three ids, times and store (for what listing them all would cost).
constexpr int kShiftLineTokens = 40;

QTime wallTime(const QVariant &value)
{
    const QString clock = value.toString().trimmed();
    const QTime time = QTime::fromString(clock, u"H:mm"_s);
    return time.isValid() ? time : QTime::fromString(clock, u"H:mm:ss"_s);
}

std::string iso(const QDateTime &instant, const BusinessCalendar &calendar)
{
    return ContextFormat::localIso(instant, calendar).toStdString();
}

} // namespace

QString ScheduleProvider::moduleId() const
{
    return u"schedule"_s;
}

QString ScheduleProvider::moduleName() const
{
    return u"Schedule"_s;
}

QString ScheduleProvider::description() const
{
    return u"Shifts still to start today, tomorrow's shifts, and open stores with nobody scheduled."_s;
}

json ScheduleProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc();
    const QDate today = calendar.today();
    const QDateTime tomorrowStart = calendar.startOfDayUtc(today.addDays(1));
    const QDateTime dayAfterStart = calendar.startOfDayUtc(today.addDays(2));
    const QString staff = StaffScope::condition(request);
    json data = {{"now", iso(now, calendar)},
                 {"dates",
                  {{"today", today.toString(Qt::ISODate).toStdString()},
                   {"tomorrow", today.addDays(1).toString(Qt::ISODate).toStdString()}}},
                 {"remainingToday", json::array()},
                 {"tomorrow", json::array()},
                 {"gaps", json::array()}};

    // `after` is exclusive for today (a shift starting right now has started: attendance's business) and inclusive
    // for tomorrow (a shift at midnight is tomorrow's).
    const auto shifts = [&](const char *key, const QString &afterOp, const QDateTime &after, const QDateTime &before) {
        const QVariantList period = {SqlSession::timestamp(after), SqlSession::timestamp(before)};
        const SqlRows rows = session.select(
            // Instants as epoch milliseconds: the driver's timestamps go through the machine's local time, a
            // system call each, and a large store's schedule has thousands.
            u"SELECT sh.id, u.id, u.name, %3, %4, l.id, coalesce(l.name, ''), sh.notes "
            "FROM shifts sh JOIN users u ON u.id = sh.user_id LEFT JOIN locations l ON l.id = sh.location_id "
            "WHERE %1 AND sh.start_time %2 ?::timestamptz AND sh.start_time < ?::timestamptz "
            "ORDER BY sh.start_time, u.name, sh.id%5"_s.arg(
                staff, afterOp, SqlTimestamp::epochMillisSql(u"sh.start_time"_s),
                SqlTimestamp::epochMillisSql(u"sh.end_time"_s), ContextLists::readLimit(request)),
            period);
        // More shifts than the budget could ever list (a chain's): counted per store instead.
        if (ContextLists::countInstead(request, rows.rows.size())) {
            const SqlRows perStore = session.select(
                u"SELECT l.id, coalesce(l.name, ''), count(*) FROM shifts sh JOIN users u ON u.id = sh.user_id "
                "LEFT JOIN locations l ON l.id = sh.location_id WHERE %1 AND sh.start_time %2 ?::timestamptz "
                "AND sh.start_time < ?::timestamptz GROUP BY l.id, l.name "
                "ORDER BY l.id IS NOT NULL, l.name, l.id"_s.arg(staff, afterOp),
                period);
            ContextLists::counted(data, QString::fromLatin1(key), ContextLists::locationCounts(perStore),
                                  kShiftLineTokens);
            return;
        }
        for (const QVariantList &row : rows.rows) {
            json shift = {{"shiftId", text(row.at(0))},
                          {"userId", text(row.at(1))},
                          {"name", text(row.at(2))},
                          {"start", iso(SqlTimestamp::fromEpochMillis(row.at(3)), calendar)},
                          {"end", iso(SqlTimestamp::fromEpochMillis(row.at(4)), calendar)},
                          {"location", text(row.at(6))}};
            if (!row.at(5).isNull())
                shift["locationId"] = text(row.at(5));
            if (!row.at(7).toString().trimmed().isEmpty())
                shift["notes"] = text(row.at(7));
            data[key].push_back(shift);
        }
    };
    shifts("remainingToday", u">"_s, now, tomorrowStart);
    shifts("tomorrow", u">="_s, tomorrowStart, dayAfterStart);

    // One row per location for today's weekday (TeamTime: 0 = Sunday; Qt: 7 = Sunday), the latest edit winning.
    const SqlRows hours = session.select(
        u"SELECT id, name, open_time, close_time, is_closed FROM (SELECT DISTINCT ON (l.id) l.id, l.name, "
        "h.open_time, h.close_time, h.is_closed FROM store_hours h JOIN locations l ON l.id = h.location_id "
        "WHERE l.is_active AND h.day_of_week = ? ORDER BY l.id, h.updated_at DESC, h.id) today "
        "ORDER BY name, id"_s,
        {today.dayOfWeek() % 7});
    // The stores open for the rest of today, then which of them anyone covers: one query for all of them, not one
    // per store.
    struct Open
    {
        QVariant id;
        QVariant name;
        QDateTime opensAt;
        QDateTime closesAt;
        QDateTime from;
    };
    QList<Open> open;
    for (const QVariantList &row : hours.rows) {
        const QTime opens = wallTime(row.at(2));
        const QTime closes = wallTime(row.at(3));
        if (row.at(4).toBool() || !opens.isValid() || !closes.isValid())
            continue;
        const QDateTime opensAt = calendar.atUtc(today, opens);
        const QDateTime closesAt = calendar.atUtc(closes <= opens ? today.addDays(1) : today, closes);
        const QDateTime from = std::max(now, opensAt);
        if (from < closesAt)
            open << Open{row.at(0), row.at(1), opensAt, closesAt, from};
    }
    if (open.isEmpty())
        return data;
    QStringList ids;
    QStringList froms;
    QStringList closes;
    for (const Open &o : std::as_const(open)) {
        ids << o.id.toString();
        froms << SqlSession::timestamp(o.from);
        closes << SqlSession::timestamp(o.closesAt);
    }
    const SqlRows covered = session.select(
        u"SELECT x.id::text FROM unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::timestamptz[], "
        "string_to_array(?, ',')::timestamptz[]) AS x(id, from_at, closes_at) "
        // LATERAL with LIMIT 1: one index probe per store (an EXISTS may be planned as a join over every shift).
        "CROSS JOIN LATERAL (SELECT 1 FROM shifts sh JOIN users u ON u.id = sh.user_id WHERE %1 "
        "AND sh.location_id = x.id AND sh.start_time < x.closes_at "
        // No real shift lasts a day: the bound keeps the index scan to the last day's shifts.
        "AND sh.start_time > x.from_at - interval '24 hours' AND sh.end_time > x.from_at LIMIT 1) anyone"_s.arg(staff),
        {ids.join(u','), froms.join(u','), closes.join(u',')});
    QSet<QString> staffed;
    for (const QVariantList &row : covered.rows)
        staffed.insert(row.at(0).toString());
    for (const Open &o : std::as_const(open)) {
        if (!staffed.contains(o.id.toString()))
            data["gaps"].push_back({{"locationId", text(o.id)},
                                    {"location", text(o.name)},
                                    {"opensAt", iso(o.opensAt, calendar)},
                                    {"closesAt", iso(o.closesAt, calendar)},
                                    {"uncoveredFrom", iso(o.from, calendar)}});
    }
    return data;
}

QString ScheduleProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    const ContextFormat::LocalTimes times(request.calendar);
    const auto local = [&times](const json &value) { return times.time(str(value)); };
    // "09:00-17:00", or the full end when it falls on another business date.
    const auto span = [&](const json &start, const json &end) -> QString {
        const bool sameDay = times.date(str(start)) == times.date(str(end));
        return local(start) + u"-"_s + (sameDay ? times.clock(str(end)) : local(end));
    };
    const auto day = [](const json &date) {
        return QLocale::c().toString(QDate::fromString(str(date), Qt::ISODate), u"ddd d MMM"_s);
    };
    const auto shiftLine = [&](const json &s) {
        QString line = u"- %1 [user %2], %3"_s.arg(str(s["name"]), str(s["userId"]), span(s["start"], s["end"]));
        if (s.contains("locationId"))
            line += u", at %1 [location %2]"_s.arg(str(s["location"]), str(s["locationId"]));
        line += u" [shift %1]"_s.arg(str(s["shiftId"]));
        if (s.contains("notes"))
            line += u"; notes "_s + ContextFormat::fenced(str(s["notes"]));
        return line;
    };

    QStringList lines;
    lines << u"## Schedule"_s;
    ContextLists::appendSection(lines, data, u"remainingToday"_s,
                                u"Today, %1, shifts still to start"_s.arg(day(data["dates"]["today"])), shiftLine);
    ContextLists::appendSection(lines, data, u"tomorrow"_s, u"Tomorrow, %1"_s.arg(day(data["dates"]["tomorrow"])),
                                shiftLine);
    ContextLists::appendSection(
        lines, data, u"gaps"_s, u"Open today with nobody scheduled for the rest of the day"_s, [&](const json &g) {
            return u"- %1 [location %2]: open %3, nobody scheduled from %4"_s.arg(
                str(g["location"]), str(g["locationId"]), span(g["opensAt"], g["closesAt"]), local(g["uncoveredFrom"]));
        });
    return lines.join(u'\n');
}

QMap<QString, int> ScheduleProvider::attention(const json &data) const
{
    return {{u"gaps"_s, int(data["gaps"].size())}};
}

QList<ContextList> ScheduleProvider::lists() const
{
    return {{u"gaps"_s, true}, {u"remainingToday"_s, false}, {u"tomorrow"_s, false}};
}
