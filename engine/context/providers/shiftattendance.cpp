#include "context/providers/shiftattendance.h"

using namespace Qt::Literals::StringLiterals;

QString ShiftAttendance::firstClockInSql(const QString &shift)
{
    // Two index lookups rather than one OR: the OR made PostgreSQL walk each person's whole history per shift.
    return u"least((SELECT min(e.clock_in) FROM time_entries e WHERE e.shift_id = %1.id), "
           "(SELECT min(e.clock_in) FROM time_entries e WHERE e.user_id = %1.user_id AND e.shift_id IS NULL "
           "AND e.clock_in >= %1.start_time - interval '3 hours' AND e.clock_in < %1.end_time))"_s.arg(shift);
}

QString ShiftAttendance::firstClockInsSql(const QString &shifts)
{
    return u"SELECT x.id, min(x.clock_in) AS first_in FROM (SELECT e.shift_id AS id, e.clock_in FROM time_entries e "
           "JOIN %1 s ON s.id = e.shift_id UNION ALL SELECT s.id, e.clock_in FROM %1 s JOIN time_entries e "
           "ON e.user_id = s.user_id AND e.shift_id IS NULL AND e.clock_in >= s.start_time - interval '3 hours' "
           "AND e.clock_in < s.end_time) x GROUP BY x.id"_s.arg(shifts);
}

QString ShiftAttendance::realShiftSql(const QString &shift)
{
    // to_jsonb reads the column where it exists (current TeamTime) and finds nothing on the baseline.
    return u"NOT coalesce((to_jsonb(%1) ->> 'is_template')::boolean, false)"_s.arg(shift);
}

QString ShiftAttendance::lateSql(const QString &firstClockIn, const QString &start)
{
    // Whole minutes, as minutesLate() counts them: 5 min 59 s is within a 5-minute grace.
    return u"floor(extract(epoch FROM (%1) - (%2)) / 60) > %3"_s.arg(firstClockIn, start).arg(kLateGraceMinutes);
}

qint64 ShiftAttendance::minutesLate(const QDateTime &start, const QDateTime &firstClockIn)
{
    return start.secsTo(firstClockIn) / 60;
}
