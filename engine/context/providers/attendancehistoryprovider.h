#pragma once

#include "context/contextprovider.h"
#include "context/providers/shiftattendance.h"

// Attendance over the analysis window (priority 62, analytics, Revenue Optimizer): per person, shifts, late shifts
// (ShiftAttendance's rule: the first clock-in more than kLateGraceMinutes after the start), absences (a past shift
// nobody clocked in for) and the average lateness; and latenessByWeekday[] {userId, name, weekday (1 = Monday, ISO,
// in the business's zone), lateShifts, absences, shifts}, the rows the optimizer finds patterns in. Only staff count.
class AttendanceHistoryProvider final : public ContextProvider
{
public:
    static constexpr int kLateGraceMinutes = ShiftAttendance::kLateGraceMinutes;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 62; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
};
