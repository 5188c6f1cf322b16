#pragma once

#include "llm/llmcancellation.h"

#include <QString>
#include <functional>
#include <memory>

// How a caller steers a run in progress (a dry run, "Ask the model", a replay): a cancellation token for its Cancel
// button and a callback for its progress indicator. Both optional. Progress is reported on the thread that awaits the
// run, between steps. A cancelled run stops at the next step — the model call in flight is aborted, the database work
// in flight finishes — and is recorded as failed, "Cancelled by <who asked for it>".
struct RunControl
{
    struct Progress
    {
        enum class Phase
        {
            AssemblingContext,
            AskingModel,
            CheckingToolCalls,
            Recording
        };
        Phase phase = Phase::AssemblingContext;
        int round = 0;     // AskingModel, CheckingToolCalls: 1, 2, ...
        int maxRounds = 0; // the most rounds the run will take
    };

    // Shared, so that a window closed mid-run cannot pull the token from under it.
    std::shared_ptr<LlmCancellation> cancellation;
    std::function<void(const Progress &)> progress;

    bool isCancelled() const { return cancellation && cancellation->isCancelled(); }
    LlmCancellation *token() const { return cancellation.get(); }
    void report(Progress::Phase phase, int round = 0, int maxRounds = 0) const
    {
        if (progress)
            progress(Progress{phase, round, maxRounds});
    }

    // The run record's reason: "Cancelled by maria@store.example", or "Cancelled" when nobody is named.
    static QString cancelledReason(const QString &by);
};
