#pragma once

#include "demo/demonotifications.h"
#include "demo/demoworld.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

class DemoRandom;
class DemoTables;
class DemoTimeline;

// Shifts and time_entries: the history day by day, today's scenario relative to now, and next week's schedule.
// Records who was present where (DemoWorld::presence) for the task generator.
class DemoAttendance
{
public:
    DemoAttendance(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables);

    void generate();

private:
    struct Shift
    {
        QDateTime start;
        QDateTime end;
        QString notes;
    };
    // Today's shift and punches for one person; clockIn/clockOut invalid when they have not happened.
    struct TodayPlan
    {
        Shift shift;
        QDateTime clockIn;
        QDateTime clockOut;
    };

    void castToday();
    void castLocation(int location, const std::vector<int> &staff);
    void writeHistoryDay(int day);
    TodayPlan planToday(const DemoPerson &person);
    void writeToday(int personIndex, const TodayPlan &plan);
    void writeUpcomingDay(int day);
    std::optional<Shift> scheduledShift(const DemoPerson &person, int day);
    int clockInOffsetSecs(const DemoPerson &person, int dayOfWeek);
    QDateTime clockOutFor(const DemoPerson &person, const QDateTime &shiftEnd);
    QString writeShift(const DemoPerson &person, const Shift &shift);
    void writeEntry(const DemoPerson &person, const QString &shiftId, const QDateTime &clockIn,
                    const QDateTime &clockOut, const QString &notes = {}, const QString &correctedBy = {});
    void writeShiftReminder(const DemoPerson &person, const QDateTime &start);
    double jitter();

    DemoWorld &m_world;
    const DemoTimeline &m_timeline;
    DemoRandom &m_random;
    DemoTables &m_tables;
    DemoNotifications m_notifications;
    // Decided before the history is written: yesterday's shifts must not run into today's.
    std::vector<std::optional<TodayPlan>> m_today;
};
