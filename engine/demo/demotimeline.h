#pragma once

#include "core/businesscalendar.h"

#include <QDate>
#include <QDateTime>

// The demo's sense of time: one "now" read once from the business calendar, so that every row is laid out relative
// to the same instant, and wall-clock times on business dates placed in the business time zone (never the
// machine's). Days are numbered relative to today: -1 is yesterday, -historyDays the first day of history.
class DemoTimeline
{
public:
    DemoTimeline(const BusinessCalendar &calendar, int historyDays);

    const QDateTime &now() const { return m_now; }
    const QDate &today() const { return m_today; }
    int historyDays() const { return m_historyDays; }
    QDate date(int day) const { return m_today.addDays(day); }
    // TeamTime's day_of_week for a day: 0 = Sunday ... 6 = Saturday.
    int dayOfWeek(int day) const { return date(day).dayOfWeek() % 7; }

    // The instant the store's clocks show `minuteOfDay` on that day.
    QDateTime at(int day, int minuteOfDay) const;
    QDateTime at(const QDate &date, int minuteOfDay) const;
    // Now moved by some minutes, then rounded down to a multiple of `step` minutes of the wall clock, as a manager
    // schedules shifts (10:15, not 10:17:43).
    QDateTime roundedFromNow(int minutes, int step) const;
    // "14:30" on the store's clocks, for texts people read.
    QString wallClock(const QDateTime &instant) const;

private:
    const BusinessCalendar &m_calendar;
    QDateTime m_now;
    QDate m_today;
    int m_historyDays = 0;
};
