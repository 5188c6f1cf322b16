// mentats-bench-metrics: what the Metrics page costs at the large demo's scale. Times the page's queries: the series
// for a year and a month (the business, a location, a person), the first page of the people table sorted by sales and
// by lateness, the locations table, a person search, and what the Revenue Optimizer will see next.
// With --large, on the large demo as it was built (2,400 staff at 36 locations, two years of shifts, clock-ins and
// its own roll-ups). Without, on a copy of the small demo filled with N people (default 2,400) at 36 locations with
// D days (default 730, two years) of daily roll-ups each, and a shift on five days a week with its clock-in (every
// ninth late), next to the demo's own rows, then rolled up as the nightly job would.
// Run: build/bench/mentats-bench-metrics [--large | --people N --days D] [--dir DIR] [--tiny]
#include "context/contextrequestloader.h"
#include "core/bootstrap.h"
#include "core/businesscalendar.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "metrics/metricschoices.h"
#include "metrics/metricsrollup.h"
#include "metrics/metricsseries.h"
#include "metrics/metricstable.h"
#include "metrics/optimizerpreview.h"
#include "support/benchcluster.h"
#include "support/benchtiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

void fill(SqlSession &s, int people, int days)
{
    QElapsedTimer timer;
    timer.start();
    s.exec(u"SET statement_timeout = 0"_s); // filling millions of rows; the page's queries run under the usual limit
    s.exec(u"INSERT INTO locations (name) SELECT 'Bench store ' || i FROM generate_series(1, 34) AS i"_s);
    s.exec(
        u"INSERT INTO users (email, username, pin_hash, name) SELECT 'bench' || i || '@bench.example', "
        "'bench' || i, 'x', 'Bench Person ' || lpad(i::text, 4, '0') FROM generate_series(1, %1) AS i"_s.arg(people));
    // Each bench person works at one store; midnight of each business day in the business's zone.
    s.exec(u"CREATE TEMP TABLE bench_people AS SELECT x.id, x.n, "
           "(SELECT array_agg(id ORDER BY name) FROM locations)[1 + x.n % 36] AS loc FROM (SELECT u.id, "
           "row_number() OVER (ORDER BY u.name) AS n FROM users u WHERE u.email LIKE '%@bench.example') x"_s);
    s.exec(u"CREATE TEMP TABLE bench_days AS SELECT d::date AS day, (d::date::timestamp AT TIME ZONE "
           "(SELECT coalesce((SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_time_zone'), "
           "'America/Los_Angeles'))) AS midnight FROM generate_series(current_date - %1, current_date - 1, "
           "interval '1 day') AS d"_s.arg(days));
    s.exec(u"INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, hours_worked, "
           "tasks_completed, tasks_overdue) SELECT p.id, d.midnight, CASE WHEN (p.n + extract(doy FROM d.day)::int) "
           "% 17 = 0 THEN NULL ELSE 200 + (p.n * 7 + extract(doy FROM d.day)::int * 13) % 900 END, 5 + p.n % 20, "
           "4 + p.n % 5, p.n % 3, p.n % 2 FROM bench_people p CROSS JOIN bench_days d"_s);
    // The demo rolled its own stores' recent days up already: those rows stay, the bench adds the days before.
    s.exec(u"INSERT INTO location_metrics_daily (location_id, date, total_sales, transaction_count, labor_hours, "
           "customer_count) SELECT l.id, d.midnight, 5000 + (extract(doy FROM d.day)::int * 31) % 4000, 180, 260, 150 "
           "FROM locations l CROSS JOIN bench_days d WHERE NOT EXISTS (SELECT 1 FROM location_metrics_daily m "
           "WHERE m.location_id = l.id AND m.date = d.midnight)"_s);
    s.exec(
        u"INSERT INTO shifts (user_id, location_id, start_time, end_time) SELECT p.id, p.loc, "
        "d.midnight + interval '9 hours', d.midnight + interval '17 hours' FROM bench_people p CROSS JOIN bench_days d "
        "WHERE extract(isodow FROM d.day) <= 5"_s);
    s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in, clock_out) SELECT sh.user_id, sh.id, "
           "sh.start_time + CASE WHEN abs(hashtext(sh.id::text)) % 9 = 0 THEN interval '14 minutes' "
           "ELSE interval '-3 minutes' END, sh.end_time FROM shifts sh JOIN bench_people p ON p.id = sh.user_id"_s);
    // The roll-up a deployment runs nightly (for the attendance roll-up it writes), with the synthetic daily metrics
    // put back afterwards: it would have rewritten them from these clock-ins and sales.
    s.exec(u"CREATE TEMP TABLE bench_staff AS SELECT * FROM staff_metrics_daily; "
           "CREATE TEMP TABLE bench_locations AS SELECT * FROM location_metrics_daily"_s);
    const MetricsRollup rollup = MetricsRollup::forDatabase(s);
    const QDate yesterday = rollup.calendar().today().addDays(-1);
    rollup.runAffected(s, yesterday.addDays(1 - days), yesterday);
    s.exec(u"DELETE FROM staff_metrics_daily; INSERT INTO staff_metrics_daily SELECT * FROM bench_staff; "
           "DELETE FROM location_metrics_daily; INSERT INTO location_metrics_daily SELECT * FROM bench_locations"_s);
    s.exec(u"ANALYZE"_s);
    s.exec(u"RESET statement_timeout"_s);
    std::printf("  filled and rolled up in %.1f s\n", double(timer.elapsed()) / 1000);
}

void measure(const char *what, int rounds, const std::function<void()> &work)
{
    const BenchTiming t = BenchTiming::measure(rounds, work);
    std::printf("  %-58s median %8.1f ms  (min %.1f, %d runs)\n", what, t.medianMs, t.minMs, t.rounds);
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-metrics"_s);
    const BenchOptions options = BenchOptions::parse(u"metrics"_s, QCoreApplication::arguments());
    try {
        BenchCluster bench(options);
        DemoOptions demoOptions;
        if (options.large)
            demoOptions.size = DemoOptions::Size::Large;
        const DemoDatabase::StartResult started = bench.startDemo(demoOptions);
        // The large demo is only read; the small one gets a copy to fill.
        SqlSession s(u"bench-metrics"_s, options.large ? started.settings : bench.scratchCopy());
        QString personEmail = u"bench1@%"_s;
        if (options.large) {
            std::printf("Metrics page on the large demo (%s):\n", qPrintable(BenchCluster::describe(started.settings)));
            personEmail = s.scalar(u"SELECT u.email FROM users u JOIN staff_metrics_daily m ON m.user_id = u.id "
                                   "ORDER BY u.email LIMIT 1"_s)
                              .toString();
        } else {
            const int people = options.value(u"--people"_s, 2400, 40);
            const int days = options.value(u"--days"_s, 730, 30);
            std::printf("Metrics page at %d people x %d days:\n", people, days);
            fill(s, people, days);
        }
        const auto clock = Clock::system();
        const ContextRequest context = ContextRequestLoader::load(s, Agent::RevenueOptimizer, clock);
        const QDate today = context.calendar.today();
        const QString location = s.scalar(u"SELECT id::text FROM locations ORDER BY name LIMIT 1"_s).toString();
        const QString person =
            s.scalar(u"SELECT id::text FROM users WHERE email LIKE ? LIMIT 1"_s, {personEmail}).toString();
        const MetricsQuery year{today.addDays(-365), today.addDays(-1), {}, {}};
        const MetricsQuery month{today.addDays(-30), today.addDays(-1), {}, {}};
        measure("series, business, 365 days", options.rounds(5), [&] { MetricsSeries::read(s, year, context); });
        measure("series, business, 30 days", options.rounds(5), [&] { MetricsSeries::read(s, month, context); });
        measure("series, one location, 365 days", options.rounds(5), [&] {
            MetricsSeries::read(s, {year.from, year.to, location, {}}, context);
        });
        measure("series, one person, 365 days", options.rounds(5), [&] {
            MetricsSeries::read(s, {year.from, year.to, {}, person}, context);
        });
        using C = MetricsTable::Column;
        const auto table = [&](MetricsTable::Rows rows, C sort) {
            return [&s, &context, year, rows, sort] {
                MetricsTable::read(s, {year, rows, sort, true, 0, 100}, context);
            };
        };
        measure("people table, first 100, by sales, 365 days", options.rounds(3),
                table(MetricsTable::Rows::People, C::Sales));
        measure("people table, first 100, by late share, 365 days", options.rounds(3),
                table(MetricsTable::Rows::People, C::LateShare));
        measure("people table, page 20 by name, 365 days", options.rounds(3), [&] {
            MetricsTable::read(s, {year, MetricsTable::Rows::People, C::Name, false, 1900, 100}, context);
        });
        measure("locations table, by revenue per labor hour, 365 days", options.rounds(3),
                table(MetricsTable::Rows::Locations, C::RevenuePerLaborHour));
        measure("person search \"person 12\"", options.rounds(5),
                [&] { MetricsChoices::people(s, u"person 12"_s, context); });
        // Tens of seconds on the large demo: once is enough there.
        measure("what the Revenue Optimizer will see next", options.large ? 1 : options.rounds(3),
                [&] { OptimizerPreview::read(s, clock); });
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-metrics: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
