#pragma once

#include "business/contextrequest.h"
#include "core/businesscalendar.h"

#include <QDate>
#include <functional>

class SqlSession;

// Rolls TeamTime's own records (time entries and breaks, task completions, overdue tasks) and the imported POS sales
// up into staff_metrics_daily and location_metrics_daily (the AI schema's daily history tables), one row per person
// and per location per business day: what the Revenue Optimizer reads. And how the shifts went (late, absent, by
// ShiftOutcomes' rule) per person, location and day into mentats_attendance_daily, for the Metrics page.
//
// - A business day is midnight to midnight in the business time zone; its row's `date` is that midnight, so every
//   reader gets the same day back. A DST day has 23 or 25 hours, and its figures are those hours.
// - Hours are clipped to the day: an overnight shift counts on both days. Unpaid breaks (current TeamTime's
//   break_entries; a break with no end is not counted) are taken off. A time entry with no clock-out, or longer than
//   24 hours (a forgotten clock-out), is left out rather than guessed.
// - A task is overdue on the day it fell due (up to now, for today) unless it was cancelled or completed by then.
// - Sales figures are written only for days that have POS data (any row, anyone); on other days they stay NULL, so
//   that "no data" is never read as "sold nothing". Rates are computed from the day's sums. A sale with no location
//   counts where its seller worked most that day.
// - Vendors (current TeamTime) are not staff and are left out; leavers keep their history.
// - Idempotent: rolling a day up again replaces its rows, and removes rows of people or locations that no longer
//   have anything that day. Each run of days is one transaction per `kDaysPerTransaction` days.
class MetricsRollup
{
public:
    static constexpr int kDaysPerTransaction = 31;
    static constexpr int kMaxDays = 3 * 366; // a backfill of up to three years in one call
    static constexpr int kNightlyDays = 7;   // the nightly job re-rolls the last week: late corrections count

    struct Report
    {
        QDate from;
        QDate to; // included
        int days = 0;
        int daysWithSales = 0;
        qint64 staffRows = 0;
        qint64 locationRows = 0;
        qint64 attendanceRows = 0; // mentats_attendance_daily: person, location and day with shifts
        qint64 removedRows = 0;
        bool cancelled = false;
        QString summary() const; // one sentence for people
    };
    // Called after each transaction: the last day done, days done, days in all. Return false to stop there (the days
    // already done stay done).
    using Progress = std::function<bool(QDate through, int done, int total)>;

    MetricsRollup(BusinessCalendar calendar, TeamTimeFeatures features);
    // The business's calendar and TeamTime's version, read from the database.
    static MetricsRollup forDatabase(SqlSession &session, std::shared_ptr<const Clock> clock = Clock::system());

    // Throws DbError(Usage) for an empty, reversed or too long range, or one that ends after today.
    Report run(SqlSession &session, QDate from, QDate to, const Progress &progress = {}) const;

    // After new figures arrived for [from, to] (an import): rolls up whatever of it has begun, however long, in
    // runs of kMaxDays. A range wholly in the future rolls up nothing.
    Report runAffected(SqlSession &session, QDate from, QDate to) const;

    // The nightly job's days: the kNightlyDays complete days before today.
    std::pair<QDate, QDate> nightlyRange() const;
    const BusinessCalendar &calendar() const { return m_calendar; }

private:
    // The SQL that depends on TeamTime's version, worked out once per run rather than per transaction.
    struct Fragments
    {
        QString hoursLocation; // where an entry's hours were worked
        QString notVendor;     // the users row `u` is staff, not a vendor
        QString inLabour;      // the users row `u` counts in labour cost
    };
    Fragments fragments(SqlSession &session) const;
    void rollUpChunk(SqlSession &session, const Fragments &sql, QDate from, QDate to, Report &report) const;

    BusinessCalendar m_calendar;
    TeamTimeFeatures m_features;
};
