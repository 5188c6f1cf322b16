// mentats-bench-context: how long assembling each agent's context takes on the demo business, and how big it is.
// Run: build/bench/mentats-bench-context [--large] [--dir DIR] [--tiny]   (the large demo takes minutes to build)
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "demo/demodatabase.h"
#include "prompts/agentprompt.h"
#include "prompts/agentpromptsettings.h"
#include "support/benchcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

void measure(SqlSession &session, Agent agent, int budget, int rounds)
{
    const ContextAssembler assembler(ContextRegistry::forAgent(agent));
    std::vector<double> ms;
    AssembledContext context;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ContextRequest request = ContextRequestLoader::load(session, agent, Clock::system());
        context = assembler.assemble(session, request, budget);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::ranges::sort(ms);
    const AgentPrompt prompt = AgentPrompt::build(agent, AgentPromptSettings::load(session, agent), context,
                                                  ContextRequestLoader::load(session, agent, Clock::system()).calendar);
    std::printf("%-18s budget %6d: median %8.1f ms  min %8.1f ms  (%d runs) | %d modules, %lld omitted, ~%d tokens, "
                "%d calls, attention %d, prompt %lld chars\n",
                qPrintable(Agents::displayName(agent)), budget, ms[ms.size() / 2], ms.front(), rounds,
                int((context.isSplit() ? context.parts.front().modules : context.modules).size()),
                qlonglong(context.omitted.size()), context.totalTokens(), std::max(1, int(context.parts.size())),
                context.attentionTotal(), qlonglong(prompt.systemText().size() + prompt.userMessage.size()));
    // A split run: its first call's modules (each call has the shared ones and its locations' items).
    for (const ContextModule &m : context.isSplit() ? context.parts.front().modules : context.modules)
        std::printf("    %-20s %7lld ms  ~%d tokens (%s; everything: ~%d)\n", qPrintable(m.moduleId),
                    qlonglong(m.elapsedMs), m.tokenEstimate, qPrintable(ContextDetails::id(m.detail)),
                    m.fullTokenEstimate);
    for (const AssembledContext::Omission &o : context.omitted)
        std::printf("    omitted %s: %s\n", qPrintable(o.moduleId), qPrintable(o.reason));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-context"_s);
    const BenchOptions options = BenchOptions::parse(u"context"_s, QCoreApplication::arguments());
    try {
        BenchCluster bench(options);
        for (const DemoOptions::Size size : {DemoOptions::Size::Small, DemoOptions::Size::Large}) {
            if (size == DemoOptions::Size::Large && !options.large)
                continue;
            DemoOptions demoOptions;
            demoOptions.size = size;
            const DemoDatabase::StartResult started = bench.startDemo(demoOptions);
            std::printf("%s demo (%s):\n", qPrintable(DemoOptions::sizeName(size)),
                        qPrintable(BenchCluster::describe(started.settings)));
            SqlSession session(u"bench-context"_s, started.settings);
            measure(session, Agent::OfficeManager, 4000, options.rounds(20));
            measure(session, Agent::OfficeManager, 100000, options.rounds(20));
            // The optimizer at the default budget (what it runs with) and with room for everything.
            for (const int budget : {4000, 100000})
                measure(session, Agent::RevenueOptimizer, budget,
                        options.rounds(size == DemoOptions::Size::Large ? 5 : 20));
        }
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-context: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
