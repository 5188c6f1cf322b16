#include "metrics/optimizerpreview.h"

#include "context/contextregistry.h"
#include "prompts/promptpreview.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// The plan's enrichment band (81-100): memories and policies, not history.
constexpr int kEnrichmentPriority = 81;
} // namespace

bool OptimizerPreview::isHistoryModule(const ContextProvider &provider)
{
    return provider.priority() < kEnrichmentPriority;
}

int OptimizerPreview::includedTokens() const
{
    int total = 0;
    for (const Module &m : modules)
        total += m.included ? m.tokenEstimate : 0;
    return total;
}

QString OptimizerPreview::text() const
{
    QStringList parts;
    for (const Module &m : modules) {
        if (m.included)
            parts << m.text;
    }
    return parts.join(u"\n\n"_s);
}

OptimizerPreview OptimizerPreview::read(SqlSession &session, const std::shared_ptr<const Clock> &clock)
{
    const PromptPreview::NextRun next = PromptPreview::nextScheduledRun(session, Agent::RevenueOptimizer, clock);
    const AssembledContext &context = next.preview.context;
    OptimizerPreview preview;
    preview.runAtUtc = next.atUtc;
    preview.schedule = next.schedule;
    preview.window = AnalysisWindow::of(next.preview.request);
    preview.tokenBudget = context.tokenBudget;
    preview.contextTokens = context.totalTokens();
    for (const auto &provider : ContextRegistry::forAgent(Agent::RevenueOptimizer)) {
        if (!isHistoryModule(*provider))
            continue;
        Module module;
        module.moduleId = provider->moduleId();
        module.name = provider->moduleName();
        // Each call's part of the module (a split run shows each location's attention items in its own call).
        for (const AssembledContext &call : context.calls()) {
            if (const ContextModule *included = call.module(module.moduleId)) {
                module.included = true;
                module.tokenEstimate += included->tokenEstimate;
                module.text += (module.text.isEmpty() ? QString() : u"\n\n"_s) + included->prompt;
                if (included->hasDetails)
                    module.detail = std::max(module.detail, included->detail);
            }
        }
        if (!module.included) {
            module.reason = u"not assembled"_s;
            for (const AssembledContext::Omission &o : context.omitted) {
                if (o.moduleId == module.moduleId) {
                    // A module that is not enabled has nothing to say for this window (no sales imported, say).
                    module.reason = o.reason == AssembledContext::kNothingToReport
                                        ? u"nothing to report for this window"_s
                                        : o.reason;
                    module.tokenEstimate = o.tokenEstimate;
                }
            }
        }
        preview.modules << module;
    }
    return preview;
}
