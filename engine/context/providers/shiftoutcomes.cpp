#include "context/providers/shiftoutcomes.h"

#include "business/staffscope.h"
#include "context/providers/shiftattendance.h"
#include "db/sqlsession.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

ShiftOutcomes ShiftOutcomes::select(const ContextRequest &request, const QVariantList &period, const QString &condition,
                                    const QVariantList &params)
{
    const QString now = SqlSession::timestamp(request.calendar.nowUtc());
    ShiftOutcomes outcomes;
    // Set-based (ShiftAttendance::firstClockInsSql): the planner joins a year of shifts with their clock-ins in one
    // pass instead of probing the index twice per shift.
    outcomes.sql =
        u"WITH shifts_in AS MATERIALIZED (SELECT sh.id, sh.user_id, sh.location_id, sh.start_time, sh.end_time "
        "FROM shifts sh JOIN users u ON u.id = sh.user_id WHERE %1 AND %2 AND sh.start_time >= ?::timestamptz "
        "AND sh.start_time < ?::timestamptz AND sh.start_time < ?::timestamptz AND (%3)) "
        "SELECT s.user_id, s.location_id, timezone(?::text, s.start_time)::date AS day, "
        "f.first_in IS NOT NULL AND %4 AS late, f.first_in IS NULL AND s.end_time <= ?::timestamptz AS absent "
        "FROM shifts_in s LEFT JOIN (%5) f ON f.id = s.id"_s.arg(
            StaffScope::everCondition(request), ShiftAttendance::realShiftSql(), condition,
            ShiftAttendance::lateSql(u"f.first_in"_s, u"s.start_time"_s),
            ShiftAttendance::firstClockInsSql(u"shifts_in"_s));
    outcomes.params =
        period + QVariantList{now} + params + QVariantList{QString::fromUtf8(request.calendar.zone().id()), now};
    return outcomes;
}

ShiftOutcomes ShiftOutcomes::counts(SqlSession &session, const ContextRequest &request, QDate from, QDate to,
                                    const QString &condition, const QVariantList &params)
{
    const BusinessCalendar &calendar = request.calendar;
    const QString zone = QString::fromUtf8(calendar.zone().id());
    const auto midnight = [&calendar](QDate day) { return SqlSession::timestamp(calendar.startOfDayUtc(day)); };
    QSet<QDate> settled;
    for (const QVariantList &row :
         session
             .select(u"SELECT timezone(?::text, date)::date FROM mentats_attendance_days WHERE settled "
                     "AND date >= ?::timestamptz AND date < ?::timestamptz"_s,
                     {zone, midnight(from), midnight(to.addDays(1))})
             .rows)
        settled.insert(row.front().toDate());

    // Runs of consecutive days, each read one way: usually a year from the roll-up and today from the shifts.
    QStringList rolled;
    QVariantList rolledParams;
    QStringList live;
    QVariantList liveParams;
    QDate liveFrom;
    QDate liveTo;
    for (QDate first = from; first <= to;) {
        const bool isSettled = settled.contains(first);
        QDate last = first;
        while (last < to && settled.contains(last.addDays(1)) == isSettled)
            last = last.addDays(1);
        if (isSettled) {
            rolled << u"(sh.date >= ?::timestamptz AND sh.date < ?::timestamptz)"_s;
            rolledParams << midnight(first) << midnight(last.addDays(1));
        } else {
            live << u"(sh.start_time >= ?::timestamptz AND sh.start_time < ?::timestamptz)"_s;
            liveParams << midnight(first) << midnight(last.addDays(1));
            if (!liveFrom.isValid())
                liveFrom = first;
            liveTo = last;
        }
        first = last.addDays(1);
    }

    ShiftOutcomes outcomes;
    QStringList parts;
    if (!rolled.isEmpty()) {
        parts << u"SELECT sh.user_id, sh.location_id, timezone(?::text, sh.date)::date AS day, sh.shifts, "
                 "sh.late_shifts AS late, sh.absences FROM mentats_attendance_daily sh WHERE (%1) AND (%2)"_s.arg(
                     rolled.join(u" OR "_s), condition);
        outcomes.params << zone << rolledParams << params;
    }
    if (!live.isEmpty()) {
        const ShiftOutcomes shifts =
            select(request, {midnight(liveFrom), midnight(liveTo.addDays(1))},
                   u"(%1) AND (%2)"_s.arg(live.join(u" OR "_s), condition), liveParams + params);
        parts << u"SELECT s.user_id, s.location_id, s.day, count(*)::int AS shifts, "
                 "count(*) FILTER (WHERE s.late)::int AS late, count(*) FILTER (WHERE s.absent)::int AS absences "
                 "FROM (%1) s GROUP BY s.user_id, s.location_id, s.day"_s.arg(shifts.sql);
        outcomes.params << shifts.params;
    }
    outcomes.sql = parts.join(u" UNION ALL "_s);
    return outcomes;
}
