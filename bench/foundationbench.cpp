// mentats-bench-foundation: what the foundation costs, in numbers. Prints one line per measurement:
//   cluster cold start, stop and warm start; demo build (small, and large with --large); migrations on TeamTime's
//   baseline and on the demo; round trips through a database worker, sequential and in parallel.
// The cluster's own start and stop are timed on a scratch cluster of their own (a cold start needs an empty
// directory); everything else runs on --dir's cluster when given.
// Run: build/bench/mentats-bench-foundation [--large] [--dir DIR] [--tiny]
#include "cluster/pgcluster.h"
#include "core/bootstrap.h"
#include "db/database.h"
#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "demo/teamtimebaseline.h"
#include "migrations/migrator.h"
#include "support/benchcluster.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

void report(const char *what, double value, const char *unit)
{
    std::printf("%-52s %12.2f %s\n", what, value, unit);
    std::fflush(stdout);
}

template <typename Fn>
double millis(Fn &&fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

QCoro::Task<void> roundTrips(Database &database, int count, std::vector<double> &latenciesUs)
{
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        QFuture<QVariant> one = database.run([i](SqlSession &s) { return s.scalar(u"SELECT ?::int + 1"_s, {i}); });
        co_await one;
        latenciesUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }
}

QCoro::Task<void> parallelRoundTrips(Database &database, int count, int inFlight)
{
    QList<QFuture<QVariant>> batch;
    for (int i = 0; i < count; ++i) {
        batch << database.run([i](SqlSession &s) { return s.scalar(u"SELECT ?::int + 1"_s, {i}); });
        if (batch.size() == inFlight) {
            for (QFuture<QVariant> &f : batch)
                co_await f;
            batch.clear();
        }
    }
    for (QFuture<QVariant> &f : batch)
        co_await f;
}

// Drives a task from main() (a benchmark is allowed a nested loop; the app never is).
void drive(QCoro::Task<void> task)
{
    QEventLoop loop;
    bool done = false;
    auto runner = [](QCoro::Task<void> t, QEventLoop &l, bool &d) -> QCoro::Task<void> {
        co_await t;
        d = true;
        l.quit();
    };
    runner(std::move(task), loop, done);
    if (!done)
        loop.exec();
}

double percentile(std::vector<double> values, double p)
{
    std::ranges::sort(values);
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-foundation"_s);
    const BenchOptions options = BenchOptions::parse(u"foundation"_s, QCoreApplication::arguments());
    try {
        {
            BenchCluster lifecycle(BenchOptions::parse(u"foundation"_s, {}));
            PgCluster cluster(lifecycle.directory());
            report("cluster cold start (initdb + start)", millis([&] { cluster.start(); }), "ms");
            report("cluster stop", millis([&] { cluster.stop(); }), "ms");
            report("cluster warm start", millis([&] { cluster.start(); }), "ms");
        }

        BenchCluster bench(options);
        DemoDatabase &demo = bench.demo();
        DemoDatabase::StartResult small;
        report("demo build, small (baseline + data + migrations)",
               millis([&] { small = bench.startDemo(DemoOptions{}); }), "ms");
        report("demo reuse, small (same day, same seed)", millis([&] { bench.startDemo(DemoOptions{}); }), "ms");

        const QString baseline = demo.databaseName() + u"_baseline"_s;
        {
            SqlSession admin(u"bench-admin"_s, demo.cluster().connectionSettings(u"postgres"_s));
            admin.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(baseline));
            admin.exec(u"CREATE DATABASE %1"_s.arg(baseline));
        }
        {
            SqlSession session(u"bench-baseline"_s, demo.cluster().connectionSettings(baseline));
            TeamTimeBaseline::create(session);
            report("all migrations on an empty TeamTime baseline", millis([&] { Migrator().migrate(session); }), "ms");
            report("migrate when nothing is pending", millis([&] { Migrator().migrate(session); }), "ms");
        }
        {
            SqlSession admin(u"bench-admin"_s, demo.cluster().connectionSettings(u"postgres"_s));
            admin.exec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(baseline));
        }

        {
            const int sequentialCount = options.tiny ? 20 : 2000;
            const int parallelCount = options.tiny ? 40 : 4000;
            Database database(small.settings, 2);
            std::vector<double> latencies;
            const double sequential = millis([&] { drive(roundTrips(database, sequentialCount, latencies)); });
            report(qPrintable(u"worker round trip, sequential (%1 queries)"_s.arg(sequentialCount)),
                   sequentialCount / sequential * 1000.0, "queries/s");
            report("worker round trip latency, median", percentile(latencies, 0.5), "us");
            report("worker round trip latency, p99", percentile(latencies, 0.99), "us");
            const double parallel = millis([&] { drive(parallelRoundTrips(database, parallelCount, 16)); });
            report(qPrintable(u"worker throughput, 2 workers, 16 in flight (%1 queries)"_s.arg(parallelCount)),
                   parallelCount / parallel * 1000.0, "queries/s");
        }

        if (options.large) {
            DemoOptions large;
            large.size = DemoOptions::Size::Large;
            DemoDatabase::StartResult result;
            report("demo build, large (or its reuse)", millis([&] { result = bench.startDemo(large); }) / 1000.0, "s");
            std::printf("  large: %s\n", qPrintable(BenchCluster::describe(result.settings)));
            // Our own indexes on the demo's millions of rows, on a copy: drop them and let the migrations build them
            // again.
            ConnectionSettings copy = bench.scratchCopy(DemoOptions::Size::Large);
            copy.statementTimeoutMs = 0;
            SqlSession session(u"bench-large"_s, copy);
            const SqlRows indexes = session.select(u"SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                                                   "AND indexname LIKE 'mentats\\_%\\_idx'"_s);
            for (const QVariantList &row : indexes.rows)
                session.exec(u"DROP INDEX %1"_s.arg(row.front().toString()));
            session.exec(u"DELETE FROM mentats_schema_migrations"_s);
            report(qPrintable(u"all migrations on the large demo (%1 index builds)"_s.arg(indexes.rows.size())),
                   millis([&] { Migrator().migrate(session); }), "ms");
        }
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-foundation: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
