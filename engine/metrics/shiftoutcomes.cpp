#include "metrics/shiftoutcomes.h"

#include "business/staffscope.h"
#include "context/providers/shiftattendance.h"
#include "db/sqlsession.h"

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
