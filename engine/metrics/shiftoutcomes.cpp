#include "metrics/shiftoutcomes.h"

#include "context/providers/shiftattendance.h"
#include "context/providers/staffscope.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

ShiftOutcomes ShiftOutcomes::select(const ContextRequest &request, const QVariantList &period, const QString &condition,
                                    const QVariantList &params)
{
    const QString now = SqlSession::timestamp(request.calendar.nowUtc());
    ShiftOutcomes outcomes;
    outcomes.sql =
        u"SELECT sh.user_id, sh.location_id, timezone(?::text, sh.start_time)::date AS day, "
        "c.first_in IS NOT NULL AND %1 AS late, c.first_in IS NULL AND sh.end_time <= ?::timestamptz AS absent "
        "FROM shifts sh JOIN users u ON u.id = sh.user_id CROSS JOIN LATERAL (SELECT %2 AS first_in) c "
        "WHERE %3 AND %4 AND sh.start_time >= ?::timestamptz AND sh.start_time < ?::timestamptz "
        "AND sh.start_time < ?::timestamptz AND (%5)"_s.arg(
            ShiftAttendance::lateSql(u"c.first_in"_s, u"sh.start_time"_s), ShiftAttendance::firstClockInSql(),
            StaffScope::everCondition(request), ShiftAttendance::realShiftSql(), condition);
    outcomes.params =
        QVariantList{QString::fromUtf8(request.calendar.zone().id()), now} + period + QVariantList{now} + params;
    return outcomes;
}
