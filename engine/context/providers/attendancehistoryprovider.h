#pragma once

#include "context/contextprovider.h"
#include "context/providers/shiftattendance.h"

// Attendance over the analysis window (priority 62, analytics, Revenue Optimizer), read from the daily attendance
// roll-up (ShiftOutcomes::counts: late by ShiftAttendance's rule, absent = a shift that ended with nobody clocked
// in), summarised for the question the optimizer asks: who is late or absent on one weekday far more often than the
// business as a whole, who is late far more often overall, and who changed in the last week. Only staff count.
//
// Data: window, lateGraceMinutes, business {shifts, lateShifts, absences, missedRate, recent…, earlier…} and lists:
// - latenessByWeekday (attention): weekday patterns {userId, name, locationId, location, weekday (1 = Monday, ISO,
//   in the business's zone), lateShifts, absences, shifts}: at least kPatternMinMissed shifts missed (late or
//   absent), at least half of that weekday's shifts, and unlikely by chance at everyone else's rate (binomial tail
//   under kPatternMaxChance). The kMaxPatterns strongest; patternsNotListed counts the rest.
// - outliers (attention): people late or absent far more often than everyone else (tail under
//   kOutlierMaxChance), the kMaxOutliers strongest.
// - movers (attention): the last kRecentDays against the days before, the kMaxMovers biggest changes each way.
// - people (background): everyone with shifts, their totals and the weekdays they were late or absent on.
// A person's location is where they worked most shifts in the window.
class AttendanceHistoryProvider final : public ContextProvider
{
public:
    static constexpr int kLateGraceMinutes = ShiftAttendance::kLateGraceMinutes;
    static constexpr int kPatternMinMissed = 2;
    static constexpr double kPatternMaxChance = 0.01;
    static constexpr int kMaxPatterns = 25;
    static constexpr int kOutlierMinMissed = 3;
    static constexpr double kOutlierMaxChance = 0.001;
    static constexpr int kMaxOutliers = 10;
    static constexpr int kRecentDays = 7;
    static constexpr double kMoverMinChange = 0.25;
    static constexpr int kMaxMovers = 5; // each way
    static constexpr double kMinBaseRate = 0.02;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 62; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;

    // The chance of at least `k` of `n` shifts missed when each is missed with probability `p`.
    static double chanceOfAtLeast(int k, int n, double p);
};
