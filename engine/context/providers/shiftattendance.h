#pragma once

#include <QDateTime>
#include <QString>

// When someone counts as late for a shift, in one place: the Revenue Optimizer's attendance history and the console's
// Metrics page apply the same rule. A time entry belongs to a shift when it says so, or, when it names no shift, when
// it starts between three hours before the shift and its end (as TeamTime's attendance module matches them). Late:
// the first clock-in came more than kLateGraceMinutes (whole minutes) after the start. Template shifts (current
// TeamTime) are patterns, not shifts anyone was expected at.
namespace ShiftAttendance {

constexpr int kLateGraceMinutes = 5;

// SQL: the first clock-in for the shift aliased `shift`, NULL when nobody clocked in for it.
QString firstClockInSql(const QString &shift = QStringLiteral("sh"));
// The same rule for many shifts at once, set-based (a year of a large business is 600,000 shifts: one pair of index
// lookups each is too slow): SQL selecting (id, first_in) for every shift of the relation `shifts` (columns id,
// user_id, start_time, end_time) that somebody clocked in for.
QString firstClockInsSql(const QString &shifts);
// SQL condition: the shift aliased `shift` is a real shift, not a template.
QString realShiftSql(const QString &shift = QStringLiteral("sh"));
// SQL condition: the clock-in `firstClockIn` (an expression, not NULL) is late for a shift starting at `start`.
QString lateSql(const QString &firstClockIn, const QString &start);

// Whole minutes from the shift's start to the first clock-in (negative when early).
qint64 minutesLate(const QDateTime &start, const QDateTime &firstClockIn);
inline bool isLate(qint64 minutesLate)
{
    return minutesLate > kLateGraceMinutes;
}

} // namespace ShiftAttendance
