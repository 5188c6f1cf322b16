#pragma once

#include "context/contextlists.h"
#include "context/providers/analysiswindow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

class Clock;
class ContextProvider;
class SqlSession;

// What the Revenue Optimizer will see of the history and metrics on its next scheduled run: its context assembled as
// the run would assemble it (PromptPreview::nextScheduledRun — the same modules, budget and analysis window), from
// the data as it stands now, narrowed to the history modules (every one of its modules but the enrichment band:
// policies and memories are on the Policies & Memory page). Each module says whether the run would include it and,
// when not, why (over the budget, failed, nothing to show).
struct OptimizerPreview
{
    struct Module
    {
        QString moduleId;
        QString name;
        bool included = false;
        QString reason; // why it is left out
        int tokenEstimate = 0;
        QString text; // its part of the prompt, when included
        // How much of its background the run would show: everything, or its attention items with the rest as
        // per-location counts or totals (a large business at the default budget).
        ContextDetail detail = ContextDetail::Full;
    };

    QDateTime runAtUtc;
    QString schedule;
    AnalysisWindow window;
    int tokenBudget = 0;
    int contextTokens = 0; // the whole context's, policies and memories included
    QList<Module> modules; // priority order

    int includedTokens() const;
    // The included modules' prompt text, in the order the prompt has them.
    QString text() const;

    static bool isHistoryModule(const ContextProvider &provider);
    static OptimizerPreview read(SqlSession &session, const std::shared_ptr<const Clock> &clock);
};
