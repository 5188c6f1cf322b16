// mentats-bench-foundation: what the foundation costs, in numbers. Prints one line per measurement:
//   cluster cold start, stop and warm start; demo build (small, and large with --large); migrations on TeamTime's
//   baseline and on the demo; round trips through a database worker, sequential and in parallel.
// Run: build/bench/mentats-bench-foundation [--large] [--dir DIR]
#include "cluster/pgcluster.h"
#include "core/bootstrap.h"
#include "db/database.h"
#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "demo/teamtimebaseline.h"
#include "migrations/migrator.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
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
    const QStringList args = QCoreApplication::arguments();
    const bool large = args.contains(u"--large"_s);
    QTemporaryDir scratch(u"/tmp/mentats-bench-XXXXXX"_s);
    QFile::setPermissions(scratch.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    const QString dir =
        args.indexOf(u"--dir"_s) >= 0 ? args.value(args.indexOf(u"--dir"_s) + 1) : scratch.path() + u"/cluster"_s;
    try {
        DemoDatabase demo(dir);
        PgCluster &cluster = const_cast<PgCluster &>(demo.cluster());
        report("cluster cold start (initdb + start)", millis([&] { cluster.start(); }), "ms");
        report("cluster stop", millis([&] { cluster.stop(); }), "ms");
        report("cluster warm start", millis([&] { cluster.start(); }), "ms");

        DemoDatabase::StartResult small;
        report("demo build, small (baseline + data + migrations)", millis([&] { small = demo.start(DemoOptions{}); }),
               "ms");
        report("demo reuse, small (same day, same seed)", millis([&] { demo.start(DemoOptions{}); }), "ms");

        {
            SqlSession admin(u"bench-admin"_s, cluster.connectionSettings(u"postgres"_s));
            admin.exec(u"CREATE DATABASE bench_baseline"_s);
        }
        {
            SqlSession session(u"bench-baseline"_s, cluster.connectionSettings(u"bench_baseline"_s));
            TeamTimeBaseline::create(session);
            report("all migrations on an empty TeamTime baseline", millis([&] { Migrator().migrate(session); }), "ms");
            report("migrate when nothing is pending", millis([&] { Migrator().migrate(session); }), "ms");
        }

        Database database(small.settings, 2);
        std::vector<double> latencies;
        const double sequential = millis([&] { drive(roundTrips(database, 2000, latencies)); });
        report("worker round trip, sequential (2000 queries)", 2000.0 / sequential * 1000.0, "queries/s");
        report("worker round trip latency, median", percentile(latencies, 0.5), "us");
        report("worker round trip latency, p99", percentile(latencies, 0.99), "us");
        const double parallel = millis([&] { drive(parallelRoundTrips(database, 4000, 16)); });
        report("worker throughput, 2 workers, 16 in flight (4000 queries)", 4000.0 / parallel * 1000.0, "queries/s");

        if (large) {
            DemoOptions options;
            options.size = DemoOptions::Size::Large;
            DemoDatabase::StartResult result;
            report("demo build, large", millis([&] { result = demo.start(options); }) / 1000.0, "s");
            report("  large: people", result.summary.users, "rows");
            report("  large: shifts", result.summary.shifts, "rows");
            report("  large: time entries", result.summary.timeEntries, "rows");
            report("  large: tasks", result.summary.tasks, "rows");
            SqlSession session(u"bench-large"_s, result.settings);
            // Our own indexes on the demo's millions of rows: drop them and let the migrations build them again.
            const QString drops = session
                                      .scalar(u"SELECT string_agg('DROP INDEX ' || indexname, '; ') FROM pg_indexes "
                                              "WHERE schemaname = 'public' AND indexname LIKE 'mentats\\_%\\_idx'"_s)
                                      .toString();
            session.exec(drops);
            session.exec(u"DELETE FROM mentats_schema_migrations"_s);
            report("all migrations on the large demo (22 index builds)", millis([&] { Migrator().migrate(session); }),
                   "ms");
        }
        cluster.stop();
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-foundation: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
