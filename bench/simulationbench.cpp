// mentats-bench-simulation: how fast the store simulator runs the real engine on simulated time. Times a 28-day
// small store and a 7-day medium store with the offline rules (the targets: under 2 and under 5 minutes on
// this 2-core machine), each several times, and prints the median wall time, simulated days per wall minute and
// the median context assembly time of the runs, and the Office Manager's own: its context, and a whole scheduler
// pass that ran it (context, model, guardrails, effects and records).
// --tiny: one simulated day of the small store, once.
// Run: build/bench/mentats-bench-simulation [--dir DIR] [--runs N] [--large] [--tiny]
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "simulation/simulator.h"
#include "support/benchcluster.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void timeStore(const QString &dir, SimulationOptions::Size size, int days, int runs)
{
    SimulationOptions sized;
    sized.size = size;
    const int staff = sized.staffCount();
    std::vector<double> wall;
    std::vector<double> rate;
    std::vector<double> context;
    std::vector<double> officeManagerContext;
    std::vector<double> officeManagerPass;
    for (int i = 0; i < runs; ++i) {
        SimulationOptions options;
        options.size = size;
        options.days = days;
        options.clusterDirectory = dir;
        Simulator simulator(options);
        QCoro::Task<Scorecard> running = simulator.run();
        const Scorecard card = QCoro::waitFor(running);
        wall.push_back(card.timing.wallS);
        rate.push_back(card.timing.simDaysPerWallMinute);
        context.push_back(card.timing.contextMsP50.value_or(0));
        officeManagerContext.push_back(card.timing.officeManagerContextMsP50.value_or(0));
        officeManagerPass.push_back(card.timing.officeManagerPassMsP50.value_or(0));
    }
    std::printf("  %-6s %3d days, %5d staff: median %7.1f s wall, %6.1f simulated days per wall minute, context "
                "p50 %5.1f ms; Office Manager: context p50 %5.1f ms, whole pass p50 %6.1f ms (%d runs)\n",
                qPrintable(SimulationOptions::sizeName(size)), days, staff, median(wall), median(rate), median(context),
                median(officeManagerContext), median(officeManagerPass), runs);
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-simulation"_s);
    const BenchOptions options = BenchOptions::parse(u"simulation"_s, QCoreApplication::arguments());
    const int runs = std::max(1, options.value(u"--runs"_s, 3, 1));
    try {
        // Each simulated store is a database of its own in this cluster, dropped when its run ends.
        const BenchCluster cluster(options);
        const QString dir = cluster.directory();
        std::printf("Store simulator, offline rules:\n");
        if (options.tiny) {
            timeStore(dir, SimulationOptions::Size::Small, 1, 1);
            return 0;
        }
        timeStore(dir, SimulationOptions::Size::Small, 28, runs);
        timeStore(dir, SimulationOptions::Size::Medium, 7, runs);
        if (options.large)
            timeStore(dir, SimulationOptions::Size::Large, 3, 1);
    } catch (const DbError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
