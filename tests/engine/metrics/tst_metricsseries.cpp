// The Metrics page's reader on known rows in a real database: per-day series and totals for the business, a location
// and a person, revenue per labour hour from the sums (never an average of daily rates), days without sales data,
// business-time-zone day boundaries across the end of daylight saving, lateness by the attendance history's own
// rule, the paged and sorted table of people and of locations, and what the Revenue Optimizer will see next.
#include "context/contextrequestloader.h"
#include "context/providers/attendancehistoryprovider.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "metrics/metricsrollup.h"
#include "metrics/metricsseries.h"
#include "metrics/metricstable.h"
#include "metrics/optimizerpreview.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), kPacific).toUTC(); // a Tuesday
const QDate kDstEnds(2026, 11, 1);                                                     // 25 hours long in California
const QDate kMonday(2026, 11, 2);
const QDate kTuesday(2026, 11, 3);
const QDate kWednesday(2026, 11, 4);

QDateTime at(QDate date, int h, int min, int sec = 0)
{
    return QDateTime(date, QTime(h, min, sec), kPacific).toUTC();
}

QVariant ts(const QDateTime &instant)
{
    return SqlSession::timestamp(instant);
}

QVariant orNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

class Fixture
{
public:
    explicit Fixture(TestDatabase &db) : m_s(db.session()) { Migrator().migrate(m_s); }

    SqlSession &session() { return m_s; }

    QString person(const QString &name)
    {
        return m_s
            .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                    {QVariant(name + u"@example.com"_s), name, name})
            .toString();
    }

    QString location(const QString &name)
    {
        return m_s.scalar(u"INSERT INTO locations (name) VALUES (?) RETURNING id"_s, {name}).toString();
    }

    // A day's roll-up rows are stamped at midnight of the business day in the business's zone.
    void locationDay(const QString &location, QDate day, std::optional<double> sales, int transactions, double hours)
    {
        m_s.exec(u"INSERT INTO location_metrics_daily (location_id, date, total_sales, transaction_count, "
                 "labor_hours, customer_count) VALUES (?, ?, ?, ?, ?, ?)"_s,
                 {location, ts(at(day, 0, 0)), orNull(sales), sales ? QVariant(transactions) : QVariant(), hours,
                  sales ? QVariant(transactions) : QVariant()});
    }

    void staffDay(const QString &user, QDate day, std::optional<double> sales, int transactions, double hours,
                  int tasksCompleted = 0, int tasksOverdue = 0)
    {
        m_s.exec(u"INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, hours_worked, "
                 "tasks_completed, tasks_overdue) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                 {user, ts(at(day, 0, 0)), orNull(sales), sales ? QVariant(transactions) : QVariant(), hours,
                  tasksCompleted, tasksOverdue});
    }

    // A six-hour shift; a clock-in `secondsLate` after its start naming the shift (none when absent).
    QString shift(const QString &user, const QString &location, const QDateTime &start, std::optional<int> secondsLate)
    {
        const QString id = m_s.scalar(u"INSERT INTO shifts (user_id, location_id, start_time, end_time) "
                                      "VALUES (?, ?, ?, ?) RETURNING id"_s,
                                      {user, location, ts(start), ts(start.addSecs(6 * 3600))})
                               .toString();
        if (secondsLate)
            m_s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in) VALUES (?, ?, ?)"_s,
                     {user, id, ts(start.addSecs(*secondsLate))});
        return id;
    }

    void clockInWithoutShift(const QString &user, const QDateTime &when)
    {
        m_s.exec(u"INSERT INTO time_entries (user_id, clock_in) VALUES (?, ?)"_s, {user, ts(when)});
    }

private:
    SqlSession &m_s;
};

ContextRequest requestAt(SqlSession &s, const QDateTime &now = kNow)
{
    return ContextRequestLoader::load(s, Agent::RevenueOptimizer, std::make_shared<FixedClock>(now));
}

MetricsQuery period(QDate from, QDate to, const QString &location = {}, const QString &user = {})
{
    return MetricsQuery{from, to, location, user};
}

const MetricsSeries::Day &day(const MetricsSeries::Result &r, QDate date)
{
    for (const MetricsSeries::Day &d : r.days) {
        if (d.date == date)
            return d;
    }
    qFatal("no such day");
}

} // namespace

class TestMetricsSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db.emplace();
        Fixture f(*m_db);
        m_downtown = f.location(u"Downtown"_s);
        m_harbor = f.location(u"Harbor"_s);
        m_ann = f.person(u"Ann Leckie"_s);
        m_bob = f.person(u"Bob Shaw"_s);
        // The business: Downtown has no POS data on Tuesday (its hours are still rolled up).
        f.locationDay(m_downtown, kDstEnds, 200, 2, 4);
        f.locationDay(m_downtown, kMonday, 1000, 10, 10);
        f.locationDay(m_harbor, kMonday, 500, 5, 20);
        f.locationDay(m_downtown, kTuesday, std::nullopt, 0, 8);
        f.locationDay(m_harbor, kTuesday, 300, 3, 10);
        f.staffDay(m_ann, kMonday, 600, 6, 6, 2, 0);
        f.staffDay(m_ann, kTuesday, std::nullopt, 0, 5, 3, 1);
        f.staffDay(m_bob, kMonday, 900, 9, 9, 1, 0);

        // Lateness. Ann's Sunday-night shift starts at 23:30 on the day daylight saving ended: Monday in UTC.
        f.shift(m_ann, m_harbor, at(kDstEnds, 23, 30), 6 * 60);          // late
        f.shift(m_ann, m_downtown, at(kMonday, 9, 0), 20 * 60);          // late
        f.shift(m_ann, m_downtown, at(kTuesday, 9, 0), 5 * 60 + 59);     // 5 min 59 s: within the grace
        f.shift(m_ann, m_harbor, at(kWednesday, 9, 0), std::nullopt);    // absent
        f.shift(m_ann, m_downtown, at(kWednesday, 16, 0), std::nullopt); // clocked in without naming the shift:
        f.clockInWithoutShift(m_ann, at(kWednesday, 15, 30));            // early, after the morning shift ended
        f.shift(m_bob, m_harbor, at(kMonday, 10, 0), 6 * 60);            // 6 min: late
        f.shift(m_bob, m_harbor, at(kNow.toTimeZone(kPacific).date(), 15, 0), std::nullopt); // not started yet
    }

    void cleanup() { m_db.reset(); }

    void businessDaysAddUpEveryLocation()
    {
        SqlSession &s = m_db->session();
        const MetricsSeries::Result r = MetricsSeries::read(s, period(kMonday, kWednesday), requestAt(s));
        QCOMPARE(r.days.size(), 3);
        QVERIFY(r.metricsExist);
        const MetricsSeries::Day &monday = day(r, kMonday);
        QCOMPARE(monday.sales, std::optional<double>(1500));
        QCOMPARE(monday.transactions, 15);
        QCOMPARE(monday.laborHours, 30.0);
        QCOMPARE(monday.revenuePerLaborHour, std::optional<double>(50));
        // Tuesday: Harbor's sales over Harbor's hours; Downtown's hours are labour but not sales hours.
        const MetricsSeries::Day &tuesday = day(r, kTuesday);
        QCOMPARE(tuesday.sales, std::optional<double>(300));
        QCOMPARE(tuesday.laborHours, 18.0);
        QCOMPARE(tuesday.salesLaborHours, 10.0);
        QCOMPARE(tuesday.revenuePerLaborHour, std::optional<double>(30));
        const MetricsSeries::Day &wednesday = day(r, kWednesday);
        QVERIFY(!wednesday.hasMetrics);
        QVERIFY(!wednesday.sales); // no data, not zero
        QVERIFY(!wednesday.revenuePerLaborHour);
        // The period: 1800 over the 40 hours of days with sales = 45 (the average of the daily rates would be 40).
        QCOMPARE(r.totals.sales, std::optional<double>(1800));
        QCOMPARE(r.totals.transactions, 18);
        QCOMPARE(r.totals.laborHours, 48.0);
        QCOMPARE(r.totals.revenuePerLaborHour, std::optional<double>(45));
        QCOMPARE(r.totals.avgTransactionValue, std::optional<double>(100));
        QCOMPARE(r.totals.daysWithSales, 2);
        QCOMPARE(r.totals.daysWithMetrics, 2);
        QVERIFY(r.totals.hasStaffFigures);
        QCOMPARE(r.totals.tasksCompleted, 6);
        QCOMPARE(r.totals.tasksOverdue, 1);
        // Lateness: Ann 20 min and Bob 6 min on Monday; Ann absent on Wednesday, early for the shift she did not
        // name; the Sunday-night shift belongs to Sunday, outside the period.
        QCOMPARE(monday.shifts, 2);
        QCOMPARE(monday.lateShifts, 2);
        QCOMPARE(tuesday.shifts, 1);
        QCOMPARE(tuesday.lateShifts, 0);
        QCOMPARE(wednesday.shifts, 2);
        QCOMPARE(wednesday.lateShifts, 0);
        QCOMPARE(wednesday.absences, 1);
        QCOMPARE(r.totals.shifts, 5);
        QCOMPARE(r.totals.lateShifts, 2);
        QCOMPARE(r.totals.lateShare(), std::optional<double>(0.4));
    }

    // Midnight in California is 07:00 UTC before daylight saving ends and 08:00 after; the test machine is in
    // Auckland. Each row and shift lands on the business's day.
    void daysAreTheBusinesssAcrossTheEndOfDaylightSaving()
    {
        SqlSession &s = m_db->session();
        const MetricsSeries::Result r = MetricsSeries::read(s, period(kDstEnds, kDstEnds, m_downtown), requestAt(s));
        QCOMPARE(r.days.size(), 1);
        QCOMPARE(r.days.front().sales, std::optional<double>(200));
        const MetricsSeries::Result harbor = MetricsSeries::read(s, period(kDstEnds, kDstEnds, m_harbor), requestAt(s));
        QVERIFY(!harbor.days.front().hasMetrics);
        QCOMPARE(harbor.days.front().shifts, 1); // 23:30 on Sunday, Monday 07:30 in UTC
        QCOMPARE(harbor.days.front().lateShifts, 1);
        const MetricsSeries::Result after = MetricsSeries::read(s, period(kMonday, kMonday, m_downtown), requestAt(s));
        QCOMPARE(after.totals.sales, std::optional<double>(1000));
    }

    void aLocationAndAPerson()
    {
        SqlSession &s = m_db->session();
        const MetricsSeries::Result downtown =
            MetricsSeries::read(s, period(kMonday, kWednesday, m_downtown), requestAt(s));
        QCOMPARE(day(downtown, kMonday).revenuePerLaborHour, std::optional<double>(100));
        QVERIFY(!day(downtown, kTuesday).sales);
        QCOMPARE(day(downtown, kTuesday).laborHours, 8.0);
        QCOMPARE(downtown.totals.sales, std::optional<double>(1000));
        QCOMPARE(downtown.totals.laborHours, 18.0);
        QCOMPARE(downtown.totals.revenuePerLaborHour, std::optional<double>(100));
        QVERIFY(!downtown.totals.hasStaffFigures); // tasks are known per person, not per location
        QCOMPARE(downtown.totals.shifts, 3);
        QCOMPARE(downtown.totals.lateShifts, 1);

        // A person wins over a location.
        const MetricsSeries::Result ann =
            MetricsSeries::read(s, period(kMonday, kWednesday, m_harbor, m_ann), requestAt(s));
        QCOMPARE(ann.query.scope(), MetricsQuery::Scope::Person);
        QCOMPARE(day(ann, kMonday).sales, std::optional<double>(600));
        QVERIFY(day(ann, kTuesday).hasMetrics);
        QVERIFY(!day(ann, kTuesday).sales);
        QCOMPARE(ann.totals.laborHours, 11.0);
        QCOMPARE(ann.totals.revenuePerLaborHour, std::optional<double>(100)); // 600 over Monday's 6 hours
        QCOMPARE(ann.totals.tasksCompleted, 5);
        QCOMPARE(ann.totals.tasksOverdue, 1);
        QCOMPARE(ann.totals.shifts, 4);
        QCOMPARE(ann.totals.lateShifts, 1);
        QCOMPARE(ann.totals.absences, 1);
    }

    // The Metrics page and the Revenue Optimizer's attendance history count the same late shifts and absences.
    void latenessIsTheAttendanceHistorysOwn()
    {
        SqlSession &s = m_db->session();
        ContextRequest request = requestAt(s);
        const AnalysisWindow window = AnalysisWindow::of(request);
        const nlohmann::json history = AttendanceHistoryProvider().getContext(s, request);
        for (const QString &user : {m_ann, m_bob}) {
            const MetricsSeries::Result r =
                MetricsSeries::read(s, period(window.firstDay, window.lastDay, {}, user), request);
            const nlohmann::json &people = history["people"];
            const auto found = std::find_if(people.begin(), people.end(),
                                            [&](const nlohmann::json &p) { return p["userId"] == user.toStdString(); });
            QVERIFY(found != people.end());
            QCOMPARE(r.totals.shifts, (*found)["shifts"].get<int>());
            QCOMPARE(r.totals.lateShifts, (*found)["lateShifts"].get<int>());
            QCOMPARE(r.totals.absences, (*found)["absences"].get<int>());
        }
        QCOMPARE(AttendanceHistoryProvider::kLateGraceMinutes, ShiftAttendance::kLateGraceMinutes);
    }

    // Days the roll-up settled are read from it, the others from the shifts, and the figures are the same: here before
    // any roll-up (every day from the shifts), after one (all but today from the roll-up), and with one day of the
    // roll-up not settled (that day from the shifts again).
    void latenessIsTheSameFromTheRollup()
    {
        SqlSession &s = m_db->session();
        const ContextRequest request = requestAt(s);
        const QDate today = request.calendar.today();
        const auto lateness = [&s, &request, today, this] {
            QStringList figures;
            const auto series = [&](const MetricsQuery &q) {
                for (const MetricsSeries::Day &d : MetricsSeries::read(s, q, request).days)
                    figures << u"%1 %2/%3/%4"_s.arg(d.date.toString(Qt::ISODate))
                                   .arg(d.shifts)
                                   .arg(d.lateShifts)
                                   .arg(d.absences);
            };
            series(period(kDstEnds, today));
            series(period(kDstEnds, today, m_downtown));
            series(period(kDstEnds, today, {}, m_ann));
            for (const MetricsTable::Rows rows : {MetricsTable::Rows::People, MetricsTable::Rows::Locations}) {
                for (const MetricsTable::Column sort : {MetricsTable::Column::Name, MetricsTable::Column::LateShare}) {
                    const MetricsTable::Request table{period(kDstEnds, today), rows, sort, true, 0, 10};
                    for (const MetricsTable::Row &r : MetricsTable::read(s, table, request).rows)
                        figures << u"%1 %2/%3"_s.arg(r.name).arg(r.shifts).arg(r.lateShifts);
                }
            }
            return figures;
        };
        const QStringList fromShifts = lateness();
        QVERIFY(fromShifts.contains(u"2026-11-04 2/0/1"_s));

        // The roll-up also rewrites the daily metrics from the (few) clock-ins: keep the fixture's, which decide who
        // is in the tables.
        const MetricsRollup rollup = MetricsRollup::forDatabase(s, std::make_shared<FixedClock>(kNow));
        const auto rollUp = [&s, &rollup](QDate from, QDate to) {
            s.exec(u"CREATE TEMP TABLE kept_staff AS SELECT * FROM staff_metrics_daily; "
                   "CREATE TEMP TABLE kept_locations AS SELECT * FROM location_metrics_daily"_s);
            const MetricsRollup::Report report = rollup.run(s, from, to);
            s.exec(u"DELETE FROM staff_metrics_daily; INSERT INTO staff_metrics_daily SELECT * FROM kept_staff; "
                   "DELETE FROM location_metrics_daily; "
                   "INSERT INTO location_metrics_daily SELECT * FROM kept_locations; "
                   "DROP TABLE kept_staff, kept_locations"_s);
            return report;
        };
        const MetricsRollup::Report report = rollUp(kDstEnds, today);
        QVERIFY(report.attendanceRows >= 6);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM mentats_attendance_days WHERE settled"_s).toInt(),
                 int(kDstEnds.daysTo(today))); // every day but today, which is not over
        QCOMPARE(s.scalar(u"SELECT sum(absences) FROM mentats_attendance_daily"_s).toInt(), 1);
        QCOMPARE(lateness(), fromShifts);

        s.exec(u"UPDATE mentats_attendance_days SET settled = false WHERE date = ?"_s, {ts(at(kMonday, 0, 0))});
        QCOMPARE(lateness(), fromShifts);

        // A settled day is read from the roll-up: a clock-in added afterwards counts once the day is rolled up again
        // (the nightly roll-up does the last week).
        const QString wednesday =
            s.scalar(u"SELECT id FROM shifts WHERE user_id = ? AND start_time = ?"_s, {m_ann, ts(at(kWednesday, 9, 0))})
                .toString();
        s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in) VALUES (?, ?, ?)"_s,
               {m_ann, wednesday, ts(at(kWednesday, 9, 2))});
        QCOMPARE(lateness(), fromShifts);
        rollUp(kWednesday, kWednesday);
        QVERIFY(lateness().contains(u"2026-11-04 2/0/0"_s));
    }

    void refusesABadPeriod()
    {
        SqlSession &s = m_db->session();
        const ContextRequest request = requestAt(s);
        for (const MetricsQuery &q : {period(kMonday, kMonday.addDays(366)), period(kTuesday, kMonday),
                                      period(kMonday, kTuesday, u"downtown"_s)}) {
            try {
                MetricsSeries::read(s, q, request);
                QFAIL("accepted");
            } catch (const DbError &e) {
                QCOMPARE(e.kind(), DbError::Kind::Usage);
            }
        }
        QCOMPARE(MetricsSeries::read(s, period(kMonday, kMonday.addDays(365)), request).days.size(), 366);
    }

    void locationTableSortedByRevenuePerLaborHour()
    {
        SqlSession &s = m_db->session();
        MetricsTable::Request request{period(kMonday, kWednesday),
                                      MetricsTable::Rows::Locations,
                                      MetricsTable::Column::RevenuePerLaborHour,
                                      true,
                                      0,
                                      10};
        const MetricsTable::Page page = MetricsTable::read(s, request, requestAt(s));
        QCOMPARE(page.total, 2);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows[0].name, u"Downtown"_s);
        QCOMPARE(page.rows[0].sales, std::optional<double>(1000));
        QCOMPARE(page.rows[0].laborHours, 18.0);
        QCOMPARE(page.rows[0].revenuePerLaborHour, std::optional<double>(100));
        QCOMPARE(page.rows[0].shifts, 3);
        QCOMPARE(page.rows[0].lateShifts, 1);
        QCOMPARE(page.rows[1].name, u"Harbor"_s);
        QCOMPARE(page.rows[1].sales, std::optional<double>(800));
        QVERIFY(qAbs(*page.rows[1].revenuePerLaborHour - 800.0 / 30) < 1e-9);
        QCOMPARE(page.rows[1].shifts, 2);
        QCOMPARE(page.rows[1].lateShifts, 1);
    }

    void theOptimizersNextRun()
    {
        SqlSession &s = m_db->session();
        const auto clock = std::make_shared<FixedClock>(kNow);
        const OptimizerPreview preview = OptimizerPreview::read(s, clock);
        QCOMPARE(preview.runAtUtc, at(kNow.toTimeZone(kPacific).date().addDays(1), 2, 0)); // "0 2 * * *"
        QCOMPARE(preview.window.lastDay, QDate(2026, 11, 24));
        QCOMPARE(preview.window.firstDay, QDate(2026, 10, 28));
        QStringList ids;
        for (const OptimizerPreview::Module &m : preview.modules)
            ids << m.moduleId;
        QCOMPARE(ids, (QStringList{u"pos-metrics"_s, u"attendance-history"_s, u"task-history"_s, u"ai-action-summary"_s,
                                   u"auction-metrics"_s, u"kpi-thresholds"_s}));
        const OptimizerPreview::Module &pos = preview.modules.front();
        QVERIFY(pos.included);
        QVERIFY(pos.tokenEstimate > 0);
        QVERIFY2(pos.text.contains(u"Ann Leckie"_s) && pos.text.contains(u"sales 600.00"_s), qPrintable(pos.text));
        // As on the page: 600 over Monday's 6 hours; Tuesday's 5 hours had no sales data.
        QVERIFY2(pos.text.contains(u"11.0 h, 100.00 per labour hour"_s), qPrintable(pos.text));
        QVERIFY(preview.text().contains(u"## Attendance history (28 days, 2026-10-28 to 2026-11-24)"_s));
        QVERIFY(!preview.modules[4].included);
        QCOMPARE(preview.modules[4].reason, u"nothing to report for this window"_s);
        QVERIFY(preview.includedTokens() > pos.tokenEstimate);
        QVERIFY(preview.contextTokens >= preview.includedTokens());

        // The run's own budget, far too small: the sales are still there, with the people as totals rather than
        // listed (the attendance patterns need more than 20 tokens: the run is split into calls, each with the
        // totals); a module without lists (what the Office Manager did) is left out whole.
        s.exec(u"UPDATE ai_config SET max_tokens_context = 20 WHERE agent = 'revenue_optimizer'"_s);
        const OptimizerPreview tight = OptimizerPreview::read(s, clock);
        QCOMPARE(tight.tokenBudget, 20);
        QVERIFY(tight.modules.front().included);
        QCOMPARE(tight.modules.front().detail, ContextDetail::Counts);
        QVERIFY2(tight.text().contains(u"By person (most sales first) (2, not listed)"_s), qPrintable(tight.text()));
        QVERIFY(!tight.text().contains(u"Ann Leckie"_s));
        QCOMPARE(pos.detail, ContextDetail::Full);
        for (const OptimizerPreview::Module &m : tight.modules) {
            if (m.moduleId == u"ai-action-summary"_s && !m.reason.contains(u"nothing to report"_s))
                QVERIFY2(!m.included && m.reason.contains(u"over the token budget"_s), qPrintable(m.reason));
        }
    }

    void peopleArePagedAndSorted()
    {
        SqlSession &s = m_db->session();
        // 250 more people on Monday; every tenth without sales data.
        s.exec(u"INSERT INTO users (email, username, pin_hash, name) SELECT 'p' || i || '@x.example', 'p' || i, 'x', "
               "'Person ' || lpad(i::text, 3, '0') FROM generate_series(1, 250) AS i"_s);
        s.exec(u"INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, hours_worked) "
               "SELECT u.id, ?::timestamptz, CASE WHEN i % 10 = 0 THEN NULL ELSE i * 10 END, i, 5 FROM users u "
               "JOIN generate_series(1, 250) AS i ON u.name = 'Person ' || lpad(i::text, 3, '0')"_s,
               {ts(at(kMonday, 0, 0))});
        Fixture f(*m_db);
        const auto id = [&s](const QString &name) {
            return s.scalar(u"SELECT id FROM users WHERE name = ?"_s, {name}).toString();
        };
        f.shift(id(u"Person 001"_s), m_harbor, at(kMonday, 9, 0), 30 * 60);
        f.shift(id(u"Person 001"_s), m_harbor, at(kTuesday, 9, 0), 30 * 60);
        f.shift(id(u"Person 002"_s), m_harbor, at(kMonday, 9, 0), 30 * 60);
        f.shift(id(u"Person 002"_s), m_harbor, at(kTuesday, 9, 0), 0);
        const ContextRequest context = requestAt(s);

        MetricsTable::Request request{
            period(kMonday, kWednesday), MetricsTable::Rows::People, MetricsTable::Column::Sales, true, 0, 100};
        QStringList seen;
        QList<int> sizes;
        for (int offset = 0;; offset += 100) {
            request.offset = offset;
            const MetricsTable::Page page = MetricsTable::read(s, request, context);
            if (page.rows.isEmpty())
                break;
            QCOMPARE(page.total, 252); // and Ann and Bob
            sizes << int(page.rows.size());
            for (const MetricsTable::Row &row : page.rows)
                seen << row.id;
        }
        QCOMPARE(sizes, (QList<int>{100, 100, 52}));
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 252); // no row twice
        request.offset = 0;
        MetricsTable::Page first = MetricsTable::read(s, request, context);
        QCOMPARE(first.rows[0].name, u"Person 249"_s);
        QCOMPARE(first.rows[0].sales, std::optional<double>(2490));
        QCOMPARE(first.rows[0].revenuePerLaborHour, std::optional<double>(498));
        request.offset = 200;
        const MetricsTable::Page last = MetricsTable::read(s, request, context);
        QVERIFY(!last.rows.back().sales); // no sales data comes last either way
        QCOMPARE(last.rows.back().name, u"Person 250"_s);

        request.descending = false;
        request.offset = 0;
        first = MetricsTable::read(s, request, context);
        QCOMPARE(first.rows[0].name, u"Person 001"_s);
        QCOMPARE(first.rows[0].shifts, 2); // lateness for the page's people
        QCOMPARE(first.rows[0].lateShifts, 2);
        QCOMPARE(first.rows[1].name, u"Person 002"_s);
        QCOMPARE(first.rows[1].lateShare, std::optional<double>(0.5));

        request.sortBy = MetricsTable::Column::LateShare;
        request.descending = true;
        first = MetricsTable::read(s, request, context);
        QCOMPARE(first.total, 252);
        QStringList top;
        for (int i = 0; i < 4; ++i)
            top << first.rows[i].name;
        // Bob 1/1 and Person 001 2/2 (by name), Person 002 1/2, Ann 1/4; then the people with no shifts.
        QCOMPARE(top, (QStringList{u"Bob Shaw"_s, u"Person 001"_s, u"Person 002"_s, u"Ann Leckie"_s}));
        QVERIFY(!first.rows[4].lateShare);

        request.sortBy = MetricsTable::Column::Name;
        request.descending = false;
        request.query.locationId = m_downtown; // people who worked a shift there in the period
        first = MetricsTable::read(s, request, context);
        QCOMPARE(first.total, 1);
        QCOMPARE(first.rows[0].name, u"Ann Leckie"_s);
        QCOMPARE(first.rows[0].tasksCompleted, 5);
    }

private:
    std::optional<TestDatabase> m_db;
    QString m_downtown;
    QString m_harbor;
    QString m_ann;
    QString m_bob;
};

QTEST_MAIN(TestMetricsSeries)
#include "tst_metricsseries.moc"
