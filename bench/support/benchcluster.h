#pragma once

#include "benchoptions.h"
#include "demo/demodatabase.h"

#include <QStringList>
#include <QTemporaryDir>
#include <map>
#include <memory>

// The PostgreSQL cluster and demo database a benchmark works on, and the cleaning up after it whatever happens.
// With --dir, that cluster: started when it is not running and stopped again at the end, left running when it
// already was (the test run's cluster, or a kept one a console is using). Without, a scratch cluster under /tmp that
// is stopped and removed at the end. The small demo is teamtime_demo, as `mentats demo-db start` makes it; the large
// one is teamtime_demo_large beside it, so that a kept cluster holds both and neither is rebuilt for the other. A
// tiny run builds its demo under a name of its own (mentats_bench_<name>) and drops it at the end: tiny runs share
// the test run's cluster with each other and with the tests.
class BenchCluster
{
public:
    explicit BenchCluster(const BenchOptions &options);
    ~BenchCluster();
    BenchCluster(const BenchCluster &) = delete;
    BenchCluster &operator=(const BenchCluster &) = delete;

    const QString &directory() const { return m_directory; }
    // A directory for files the benchmark writes (exports), removed at the end.
    QString scratchPath(const QString &fileName) const;
    DemoDatabase &demo(DemoOptions::Size size = DemoOptions::Size::Small);

    // Builds or reuses the demo of that size (DemoDatabase::start). Throws DbError.
    DemoDatabase::StartResult startDemo(const DemoOptions &options);
    // A copy of a demo database, dropped at the end, for a benchmark that writes rows of its own (a million
    // actions, index builds): a kept demo stays as it was built, and a second run measures the same thing.
    ConnectionSettings scratchCopy(DemoOptions::Size size = DemoOptions::Size::Small);

    // "2,415 people, 1,012,345 shifts": what a demo holds, counted (a reused demo has no build summary).
    static QString describe(const ConnectionSettings &settings);

private:
    void dropDatabase(const QString &name) const;

    QTemporaryDir m_scratch;
    QString m_directory;
    bool m_givenCluster = false;
    bool m_stopAtEnd = true;
    bool m_tiny = false;
    std::map<DemoOptions::Size, std::unique_ptr<DemoDatabase>> m_demos;
    QStringList m_dropAtEnd; // copies, and a tiny run's demo
    QString m_benchName;
};
