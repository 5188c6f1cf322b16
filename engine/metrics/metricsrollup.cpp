#include "metrics/metricsrollup.h"

#include "context/contextrequestloader.h"
#include "context/providers/shiftoutcomes.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// The temporary tables one transaction works in; they go with its COMMIT.
const QString kCreateScratch = uR"(
CREATE TEMP TABLE mentats_rollup_days (day date PRIMARY KEY, day_start timestamptz NOT NULL,
    day_end timestamptz NOT NULL, cutoff timestamptz NOT NULL) ON COMMIT DROP;
CREATE TEMP TABLE mentats_rollup_hours (user_id uuid NOT NULL, day date NOT NULL, location_id uuid,
    hours numeric NOT NULL) ON COMMIT DROP;
CREATE TEMP TABLE mentats_rollup_sales (user_id uuid, day date NOT NULL, location_id uuid, sales numeric,
    transactions bigint, items bigint, item_transactions bigint, duration numeric, duration_transactions bigint,
    till_variance numeric, till_variance_count bigint, refunds bigint, complaints bigint, customers bigint)
    ON COMMIT DROP;
CREATE TEMP TABLE mentats_rollup_staff (user_id uuid NOT NULL, date timestamptz NOT NULL, total_sales numeric(10, 2),
    transaction_count integer, avg_transaction_value numeric(10, 2), items_per_transaction numeric(5, 2),
    revenue_per_labor_hour numeric(10, 2), avg_transaction_duration_seconds integer, hours_worked numeric(5, 2),
    till_variance_total numeric(10, 2), till_variance_count integer, tasks_completed integer, tasks_overdue integer,
    refund_count integer, complaint_count integer, PRIMARY KEY (user_id, date)) ON COMMIT DROP;
CREATE TEMP TABLE mentats_rollup_locations (location_id uuid NOT NULL, date timestamptz NOT NULL,
    total_sales numeric(10, 2), transaction_count integer, avg_transaction_value numeric(10, 2),
    customer_count integer, labor_hours numeric(6, 2), revenue_per_labor_hour numeric(10, 2),
    PRIMARY KEY (location_id, date)) ON COMMIT DROP
)"_s;

// Days of business time: [midnight, next midnight) in the zone, whatever their length. `cutoff` keeps today's overdue
// count to what is already overdue.
const QString kFillDays = uR"(
INSERT INTO mentats_rollup_days (day, day_start, day_end, cutoff)
SELECT d, d::timestamp AT TIME ZONE ?::text, (d + 1)::timestamp AT TIME ZONE ?::text,
       least((d + 1)::timestamp AT TIME ZONE ?::text, ?::timestamptz)
FROM (SELECT ?::date + i AS d FROM generate_series(0, ?::int - 1) AS i) AS days
)"_s;

// %1: the entry's location; %2: the unpaid breaks, per entry and day (or nothing), and %4 their seconds (or 0); %3: the
// users row is no vendor's.
const QString kFillHours = uR"(
INSERT INTO mentats_rollup_hours (user_id, day, location_id, hours)
SELECT e.user_id, d.day, %1,
       greatest(sum(extract(epoch FROM least(e.clock_out, d.day_end) - greatest(e.clock_in, d.day_start))
                    - %4), 0) / 3600.0
FROM mentats_rollup_days d
JOIN time_entries e ON e.clock_in < d.day_end AND e.clock_out > d.day_start
JOIN users u ON u.id = e.user_id
LEFT JOIN shifts s ON s.id = e.shift_id
%2
WHERE e.clock_in >= ?::timestamptz - interval '24 hours' AND e.clock_in < ?::timestamptz
  AND e.clock_out IS NOT NULL AND e.clock_out > e.clock_in AND e.clock_out - e.clock_in <= interval '24 hours'
  AND %3
GROUP BY e.user_id, d.day, 3
)"_s;

// Unpaid breaks that ended, clipped to the day, per time entry.
const QString kBreaks = uR"(
LEFT JOIN (SELECT b.time_entry_id, d2.day,
                  sum(extract(epoch FROM least(b.break_end, d2.day_end) - greatest(b.break_start, d2.day_start))) AS secs
           FROM break_entries b
           JOIN mentats_rollup_days d2 ON b.break_start < d2.day_end AND b.break_end > d2.day_start
           WHERE b.break_end IS NOT NULL AND b.break_end > b.break_start AND b.break_type <> 'paid'
           GROUP BY b.time_entry_id, d2.day) AS b ON b.time_entry_id = e.id AND b.day = d.day
)"_s;

// A sale's location: the row's own, else where its seller worked most that day. %1: the users row is no vendor's.
const QString kFillSales = uR"(
INSERT INTO mentats_rollup_sales
SELECT p.user_id, d.day,
       coalesce(p.location_id, main.location_id),
       sum(p.amount), sum(p.transactions),
       sum(p.items) FILTER (WHERE p.items IS NOT NULL), sum(p.transactions) FILTER (WHERE p.items IS NOT NULL),
       sum(p.duration_seconds::numeric * p.transactions) FILTER (WHERE p.duration_seconds IS NOT NULL),
       sum(p.transactions) FILTER (WHERE p.duration_seconds IS NOT NULL),
       sum(p.till_variance), count(*) FILTER (WHERE p.till_variance <> 0), sum(p.refunds), sum(p.complaints),
       sum(p.customers)
FROM mentats_rollup_days d
JOIN mentats_pos_sales p ON p.sold_at >= d.day_start AND p.sold_at < d.day_end
LEFT JOIN users u ON u.id = p.user_id
LEFT JOIN (SELECT DISTINCT ON (user_id, day) user_id, day, location_id FROM mentats_rollup_hours
           WHERE location_id IS NOT NULL ORDER BY user_id, day, hours DESC, location_id) AS main
       ON main.user_id = p.user_id AND main.day = d.day
WHERE p.sold_at >= ?::timestamptz AND p.sold_at < ?::timestamptz AND (p.user_id IS NULL OR %1)
GROUP BY p.user_id, d.day, p.location_id, main.location_id
)"_s;

// One row per person with anything that day. %1: the users row is no vendor's.
const QString kFillStaff = uR"(
WITH hours AS (SELECT user_id, day, sum(hours) AS hours FROM mentats_rollup_hours GROUP BY user_id, day),
done AS (SELECT tc.completed_by AS user_id, d.day, count(*) AS n
         FROM mentats_rollup_days d
         JOIN task_completions tc ON tc.completed_at >= d.day_start AND tc.completed_at < d.day_end
         JOIN users u ON u.id = tc.completed_by
         WHERE tc.completed_at >= ?::timestamptz AND tc.completed_at < ?::timestamptz AND %1
         GROUP BY tc.completed_by, d.day),
overdue AS (SELECT t.assigned_to AS user_id, d.day, count(*) AS n
            FROM mentats_rollup_days d
            JOIN tasks t ON t.due_at >= d.day_start AND t.due_at < d.cutoff
            JOIN users u ON u.id = t.assigned_to
            WHERE coalesce(t.due_at, t.created_at) >= ?::timestamptz AND coalesce(t.due_at, t.created_at) < ?::timestamptz
              AND t.status <> 'cancelled' AND %1
              AND NOT EXISTS (SELECT 1 FROM task_completions c WHERE c.task_id = t.id AND c.completed_at <= t.due_at)
            GROUP BY t.assigned_to, d.day),
sales AS (SELECT user_id, day, sum(sales) AS sales, sum(transactions) AS transactions, sum(items) AS items,
                 sum(item_transactions) AS item_transactions, sum(duration) AS duration,
                 sum(duration_transactions) AS duration_transactions, sum(till_variance) AS till_variance,
                 sum(till_variance_count) AS till_variance_count, sum(refunds) AS refunds,
                 sum(complaints) AS complaints
          FROM mentats_rollup_sales WHERE user_id IS NOT NULL GROUP BY user_id, day),
sales_days AS (SELECT DISTINCT day FROM mentats_rollup_sales),
people AS (SELECT user_id, day FROM hours UNION SELECT user_id, day FROM done
           UNION SELECT user_id, day FROM overdue UNION SELECT user_id, day FROM sales)
INSERT INTO mentats_rollup_staff
SELECT k.user_id, d.day_start,
       CASE WHEN sd.day IS NOT NULL THEN coalesce(s.sales, 0) END,
       CASE WHEN sd.day IS NOT NULL THEN coalesce(s.transactions, 0) END,
       round(s.sales / nullif(s.transactions, 0), 2),
       least(round(s.items::numeric / nullif(s.item_transactions, 0), 2), 999.99),
       CASE WHEN sd.day IS NOT NULL THEN round(coalesce(s.sales, 0) / nullif(round(h.hours, 2), 0), 2) END,
       round(s.duration / nullif(s.duration_transactions, 0))::integer,
       round(coalesce(h.hours, 0), 2),
       s.till_variance, coalesce(s.till_variance_count, 0), coalesce(dn.n, 0), coalesce(od.n, 0),
       coalesce(s.refunds, 0), coalesce(s.complaints, 0)
FROM people k
JOIN mentats_rollup_days d ON d.day = k.day
LEFT JOIN hours h ON h.user_id = k.user_id AND h.day = k.day
LEFT JOIN done dn ON dn.user_id = k.user_id AND dn.day = k.day
LEFT JOIN overdue od ON od.user_id = k.user_id AND od.day = k.day
LEFT JOIN sales s ON s.user_id = k.user_id AND s.day = k.day
LEFT JOIN sales_days sd ON sd.day = k.day
)"_s;

// One row per location with hours or sales that day. %1: the person's hours count towards the location's labour.
const QString kFillLocations = uR"(
WITH hours AS (SELECT h.location_id, h.day, sum(h.hours) AS hours FROM mentats_rollup_hours h
               JOIN users u ON u.id = h.user_id WHERE h.location_id IS NOT NULL AND %1 GROUP BY h.location_id, h.day),
sales AS (SELECT location_id, day, sum(sales) AS sales, sum(transactions) AS transactions, sum(customers) AS customers
          FROM mentats_rollup_sales WHERE location_id IS NOT NULL GROUP BY location_id, day),
sales_days AS (SELECT DISTINCT day FROM mentats_rollup_sales),
places AS (SELECT location_id, day FROM hours UNION SELECT location_id, day FROM sales)
INSERT INTO mentats_rollup_locations
SELECT k.location_id, d.day_start,
       CASE WHEN sd.day IS NOT NULL THEN coalesce(s.sales, 0) END,
       CASE WHEN sd.day IS NOT NULL THEN coalesce(s.transactions, 0) END,
       round(s.sales / nullif(s.transactions, 0), 2),
       s.customers,
       round(coalesce(h.hours, 0), 2),
       CASE WHEN sd.day IS NOT NULL THEN round(coalesce(s.sales, 0) / nullif(round(h.hours, 2), 0), 2) END
FROM places k
JOIN mentats_rollup_days d ON d.day = k.day
JOIN locations l ON l.id = k.location_id
LEFT JOIN hours h ON h.location_id = k.location_id AND h.day = k.day
LEFT JOIN sales s ON s.location_id = k.location_id AND s.day = k.day
LEFT JOIN sales_days sd ON sd.day = k.day
)"_s;

const QString kRemoveStaleStaff = uR"(
DELETE FROM staff_metrics_daily m WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz
AND NOT EXISTS (SELECT 1 FROM mentats_rollup_staff r WHERE r.user_id = m.user_id AND r.date = m.date)
)"_s;

const QString kRemoveStaleLocations = uR"(
DELETE FROM location_metrics_daily m WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz
AND NOT EXISTS (SELECT 1 FROM mentats_rollup_locations r WHERE r.location_id = m.location_id AND r.date = m.date)
)"_s;

const QString kWriteStaff = uR"(
INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, avg_transaction_value,
    items_per_transaction, revenue_per_labor_hour, avg_transaction_duration_seconds, hours_worked, till_variance_total,
    till_variance_count, tasks_completed, tasks_overdue, refund_count, complaint_count)
SELECT user_id, date, total_sales, transaction_count, avg_transaction_value, items_per_transaction,
    revenue_per_labor_hour, avg_transaction_duration_seconds, hours_worked, till_variance_total, till_variance_count,
    tasks_completed, tasks_overdue, refund_count, complaint_count
FROM mentats_rollup_staff
ON CONFLICT (user_id, date) DO UPDATE SET total_sales = EXCLUDED.total_sales,
    transaction_count = EXCLUDED.transaction_count, avg_transaction_value = EXCLUDED.avg_transaction_value,
    items_per_transaction = EXCLUDED.items_per_transaction, revenue_per_labor_hour = EXCLUDED.revenue_per_labor_hour,
    avg_transaction_duration_seconds = EXCLUDED.avg_transaction_duration_seconds,
    hours_worked = EXCLUDED.hours_worked, till_variance_total = EXCLUDED.till_variance_total,
    till_variance_count = EXCLUDED.till_variance_count, tasks_completed = EXCLUDED.tasks_completed,
    tasks_overdue = EXCLUDED.tasks_overdue, refund_count = EXCLUDED.refund_count,
    complaint_count = EXCLUDED.complaint_count
)"_s;

const QString kWriteLocations = uR"(
INSERT INTO location_metrics_daily (location_id, date, total_sales, transaction_count, avg_transaction_value,
    customer_count, labor_hours, revenue_per_labor_hour)
SELECT location_id, date, total_sales, transaction_count, avg_transaction_value, customer_count, labor_hours,
    revenue_per_labor_hour
FROM mentats_rollup_locations
ON CONFLICT (location_id, date) DO UPDATE SET total_sales = EXCLUDED.total_sales,
    transaction_count = EXCLUDED.transaction_count, avg_transaction_value = EXCLUDED.avg_transaction_value,
    customer_count = EXCLUDED.customer_count, labor_hours = EXCLUDED.labor_hours,
    revenue_per_labor_hour = EXCLUDED.revenue_per_labor_hour
)"_s;

// Shift outcomes per person, location and day (ShiftOutcomes, the Metrics page's rule), replacing the chunk's days.
const QString kRemoveAttendance =
    u"DELETE FROM mentats_attendance_daily WHERE date >= ?::timestamptz AND date < ?::timestamptz"_s;

const QString kWriteAttendance = uR"(
INSERT INTO mentats_attendance_daily (date, user_id, location_id, shifts, late_shifts, absences)
SELECT d.day_start, s.user_id, s.location_id, count(*), count(*) FILTER (WHERE s.late),
       count(*) FILTER (WHERE s.absent)
FROM (%1) s JOIN mentats_rollup_days d ON d.day = s.day
GROUP BY d.day_start, s.user_id, s.location_id
)"_s;

// A day is settled once it is over and so are all its shifts: then only a correction can change how they went.
const QString kWriteAttendanceDays = uR"(
INSERT INTO mentats_attendance_days (date, settled, rolled_up_at)
SELECT d.day_start,
       d.day_end <= ?::timestamptz AND NOT EXISTS (SELECT 1 FROM shifts sh WHERE sh.start_time >= d.day_start
                                                   AND sh.start_time < d.day_end AND sh.end_time > ?::timestamptz),
       ?::timestamptz
FROM mentats_rollup_days d
ON CONFLICT (date) DO UPDATE SET settled = EXCLUDED.settled, rolled_up_at = EXCLUDED.rolled_up_at
)"_s;

} // namespace

QString MetricsRollup::Report::summary() const
{
    if (days == 0)
        return u"No days were rolled up."_s;
    const QString period = from == to ? from.toString(Qt::ISODate)
                                      : u"%1 to %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    QString text = u"Rolled up %1 (%2 day%3, %4 with sales): %5 person-days, %6 location-days"_s.arg(period)
                       .arg(days)
                       .arg(days == 1 ? QString() : u"s"_s)
                       .arg(daysWithSales)
                       .arg(staffRows)
                       .arg(locationRows);
    if (removedRows > 0)
        text += u", %1 out-of-date rows removed"_s.arg(removedRows);
    return text + (cancelled ? u"; stopped before the end."_s : u"."_s);
}

MetricsRollup::MetricsRollup(BusinessCalendar calendar, TeamTimeFeatures features)
    : m_calendar(std::move(calendar)), m_features(features)
{}

MetricsRollup MetricsRollup::forDatabase(SqlSession &session, std::shared_ptr<const Clock> clock)
{
    const ContextRequest request = ContextRequestLoader::load(session, Agent::RevenueOptimizer, std::move(clock));
    return MetricsRollup(request.calendar, request.features);
}

std::pair<QDate, QDate> MetricsRollup::nightlyRange() const
{
    const QDate yesterday = m_calendar.today().addDays(-1);
    return {yesterday.addDays(1 - kNightlyDays), yesterday};
}

MetricsRollup::Fragments MetricsRollup::fragments(SqlSession &session) const
{
    QStringList sources;
    if (m_features.timeEntryLocations)
        sources << u"e.location_id"_s;
    sources << u"s.location_id"_s;
    if (session.hasColumn(u"users"_s, u"primary_location_id"_s))
        sources << u"u.primary_location_id"_s;
    Fragments sql;
    sql.hoursLocation = u"coalesce(%1)"_s.arg(sources.join(u", "_s));
    sql.notVendor = m_features.userTypes ? u"NOT EXISTS (SELECT 1 FROM user_types ut WHERE ut.id = u.user_type_id "
                                           "AND lower(ut.name) = 'vendor')"_s
                                         : u"true"_s;
    sql.inLabour = session.hasColumn(u"users"_s, u"include_in_labor_cost"_s) ? u"u.include_in_labor_cost"_s : u"true"_s;
    return sql;
}

MetricsRollup::Report MetricsRollup::run(SqlSession &session, QDate from, QDate to, const Progress &progress) const
{
    if (!from.isValid() || !to.isValid())
        throw DbError(DbError::Kind::Usage, u"A roll-up needs a first and a last day."_s);
    if (to < from)
        throw DbError(DbError::Kind::Usage, u"The roll-up's last day (%1) is before its first (%2)."_s.arg(
                                                to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (from.daysTo(to) + 1 > kMaxDays)
        throw DbError(DbError::Kind::Usage,
                      u"A roll-up covers at most %1 days at a time; %2 to %3 is %4."_s.arg(kMaxDays)
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                          .arg(from.daysTo(to) + 1));
    if (to > m_calendar.today())
        throw DbError(DbError::Kind::Usage, u"%1 has not begun yet in the business's time zone (today is %2)."_s.arg(
                                                to.toString(Qt::ISODate), m_calendar.today().toString(Qt::ISODate)));

    Report report;
    report.from = from;
    report.to = to;
    const int total = int(from.daysTo(to)) + 1;
    const Fragments sql = fragments(session);
    QElapsedTimer timer;
    timer.start();
    for (QDate first = from; first <= to; first = first.addDays(kDaysPerTransaction)) {
        const QDate last = std::min(to, first.addDays(kDaysPerTransaction - 1));
        session.transaction([&] { rollUpChunk(session, sql, first, last, report); });
        report.days = int(from.daysTo(last)) + 1;
        if (progress && !progress(last, report.days, total) && last < to) {
            report.cancelled = true;
            report.to = last;
            break;
        }
    }
    qCInfo(lcMetrics).noquote() << report.summary() << u"(%1 ms)"_s.arg(timer.elapsed());
    return report;
}

MetricsRollup::Report MetricsRollup::runAffected(SqlSession &session, QDate from, QDate to) const
{
    Report total;
    to = std::min(to, m_calendar.today());
    total.from = from;
    total.to = to;
    for (QDate first = from; first.isValid() && first <= to; first = first.addDays(kMaxDays)) {
        const Report part = run(session, first, std::min(to, first.addDays(kMaxDays - 1)));
        total.days += part.days;
        total.daysWithSales += part.daysWithSales;
        total.staffRows += part.staffRows;
        total.locationRows += part.locationRows;
        total.attendanceRows += part.attendanceRows;
        total.removedRows += part.removedRows;
    }
    return total;
}

void MetricsRollup::rollUpChunk(SqlSession &session, const Fragments &sql, QDate from, QDate to, Report &report) const
{
    const QString zone = QString::fromUtf8(m_calendar.zone().id());
    const QString start = SqlSession::timestamp(m_calendar.startOfDayUtc(from));
    const QString end = SqlSession::timestamp(m_calendar.startOfDayUtc(to.addDays(1)));
    const QString now = SqlSession::timestamp(m_calendar.nowUtc());

    // One roll-up at a time across every console and server: two writing the same days would wait on each other's
    // rows in no particular order.
    try {
        session.exec(u"SELECT pg_advisory_xact_lock(hashtext('mentats.metrics.rollup'))"_s);
    } catch (const DbError &e) {
        if (e.sqlState() != u"55P03"_s) // lock_not_available: the lock timeout ran out
            throw;
        throw DbError(DbError::Kind::Timeout,
                      u"Another roll-up of the daily metrics is still running; try again when it has finished."_s,
                      e.detail(), e.sqlState());
    }
    session.exec(kCreateScratch);
    session.exec(kFillDays, {zone, zone, zone, now, from.toString(Qt::ISODate), int(from.daysTo(to)) + 1});
    const bool breaks = m_features.breakEntries;
    session.exec(kFillHours.arg(sql.hoursLocation, breaks ? kBreaks : QString(), sql.notVendor,
                                breaks ? u"coalesce(b.secs, 0)"_s : u"0"_s),
                 {start, end});
    session.exec(u"ANALYZE mentats_rollup_hours"_s); // a month of hours: let the planner know its size
    session.exec(kFillSales.arg(sql.notVendor), {start, end});
    session.exec(kFillStaff.arg(sql.notVendor), {start, end, start, end});
    session.exec(kFillLocations.arg(sql.inLabour));
    report.removedRows += session.execAffected(kRemoveStaleStaff, {start, end});
    report.removedRows += session.execAffected(kRemoveStaleLocations, {start, end});
    report.staffRows += session.execAffected(kWriteStaff);
    report.locationRows += session.execAffected(kWriteLocations);

    ContextRequest request;
    request.calendar = m_calendar;
    request.features = m_features;
    request.aiSystemUserId =
        session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'ai_system_user_id'"_s).toString();
    const ShiftOutcomes outcomes = ShiftOutcomes::select(request, {start, end});
    session.exec(kRemoveAttendance, {start, end});
    report.attendanceRows += session.execAffected(kWriteAttendance.arg(outcomes.sql), outcomes.params);
    session.exec(kWriteAttendanceDays, {now, now, now});
    report.daysWithSales += session.scalar(u"SELECT count(DISTINCT day) FROM mentats_rollup_sales"_s).toInt();
}
