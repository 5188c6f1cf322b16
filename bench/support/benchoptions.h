#pragma once

#include <QString>
#include <QStringList>

// What every benchmark takes on its command line:
//   --tiny   (or MENTATS_BENCH_TINY=1) the smallest sizes and one round of everything: the test suite runs each
//            benchmark this way, so that none stops working unnoticed; its numbers mean nothing
//   --large  the large demo (2,400 staff, 36 locations, two years), where the benchmark has a large variant
//   --dir D  the PostgreSQL cluster to use (kept and reused: the large demo takes minutes to build); without it a
//            scratch cluster that goes when the benchmark ends
struct BenchOptions
{
    QString name; // the benchmark's name without "mentats-bench-": metrics, runs, …
    bool tiny = false;
    bool large = false;
    QString directory; // empty: a scratch cluster
    QStringList arguments;

    static BenchOptions parse(const QString &name, const QStringList &arguments);

    // `--name N` when given; otherwise `tinyValue` in a tiny run and `normal` in a real one.
    int value(const QString &option, int normal, int tinyValue) const;
    // How many times to repeat a measurement: once in a tiny run.
    int rounds(int normal) const { return tiny ? 1 : normal; }
};
