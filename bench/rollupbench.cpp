// mentats-bench-rollup: what the daily roll-ups cost on the large demo (36 stores, 2,400 people, two years of
// shifts, time entries, tasks and POS sales). Builds the large demo (which rolls its history up once), then times a
// backfill of the whole two years from empty tables, the same backfill again over existing rows (the idempotent
// path), the nightly week and a single day, on a copy of the demo (a kept one stays as it was built). Prints time and
// rows per second. --tiny: the small demo and its eight weeks instead.
// Run: build/bench/mentats-bench-rollup [--dir DIR] [--seed N] [--tiny]
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "metrics/metricsrollup.h"
#include "support/benchcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

void timeRollup(SqlSession &session, const MetricsRollup &rollup, const char *what, QDate from, QDate to,
                qint64 sourceRows)
{
    QElapsedTimer timer;
    timer.start();
    const MetricsRollup::Report report = rollup.run(session, from, to);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 written = report.staffRows + report.locationRows;
    std::printf("  %-28s %4d days  %9.2f s  %9lld rows written (%8.0f rows/s)", what, report.days, seconds,
                static_cast<long long>(written), double(written) / seconds);
    if (sourceRows > 0)
        std::printf("  %9.0f source rows/s", double(sourceRows) / seconds);
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-rollup"_s);
    const BenchOptions bench = BenchOptions::parse(u"rollup"_s, QCoreApplication::arguments());
    DemoOptions options;
    options.size = bench.tiny ? DemoOptions::Size::Small : DemoOptions::Size::Large;
    if (const qsizetype at = bench.arguments.indexOf(u"--seed"_s); at >= 0)
        options.seed = bench.arguments.value(at + 1).toULongLong();
    try {
        BenchCluster cluster(bench);
        QElapsedTimer build;
        build.start();
        cluster.demo(options.size).start(options, [](const QString &step) { std::printf("  %s\n", qPrintable(step)); });
        std::printf("%s demo ready in %.1f s (including its first roll-up)\n",
                    qPrintable(DemoOptions::sizeName(options.size)), double(build.elapsed()) / 1000);
        ConnectionSettings settings = cluster.scratchCopy(options.size);
        settings.statementTimeoutMs = 0;
        SqlSession session(u"bench-metrics"_s, settings);
        const MetricsRollup rollup = MetricsRollup::forDatabase(session);
        const QDate yesterday = rollup.calendar().today().addDays(-1);
        const QDate first = yesterday.addDays(bench.tiny ? -55 : -729);
        const qint64 sources =
            session
                .scalar(u"SELECT (SELECT count(*) FROM time_entries) + (SELECT count(*) FROM mentats_pos_sales) + "
                        "(SELECT count(*) FROM task_completions) + (SELECT count(*) FROM tasks)"_s)
                .toLongLong();
        std::printf("Roll-ups over %lld source rows (time entries, POS sales, tasks and completions):\n",
                    static_cast<long long>(sources));
        session.exec(u"TRUNCATE staff_metrics_daily, location_metrics_daily"_s);
        timeRollup(session, rollup, "the history, empty tables", first, yesterday, sources);
        timeRollup(session, rollup, "the history again (upserts)", first, yesterday, sources);
        const auto [weekFrom, weekTo] = rollup.nightlyRange();
        timeRollup(session, rollup, "the nightly week", weekFrom, weekTo, 0);
        timeRollup(session, rollup, "one day", yesterday, yesterday, 0);
        std::printf("  staff_metrics_daily: %lld rows, location_metrics_daily: %lld rows\n",
                    session.scalar(u"SELECT count(*) FROM staff_metrics_daily"_s).toLongLong(),
                    session.scalar(u"SELECT count(*) FROM location_metrics_daily"_s).toLongLong());
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-rollup: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
