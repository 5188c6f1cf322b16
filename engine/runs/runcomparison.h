#pragma once

#include "runs/recordedrun.h"

#include <QList>
#include <QStringList>
#include <optional>

// Two runs of the same context side by side — a run and its replay — as rows a manager reads across: each tool call
// of one run paired with its counterpart in the other. Pure: it works on recorded data only.
//
// Calls are counterparts when they use the same tool about the same person (calls about nobody pair by tool alone).
// Among counterparts, identical parameters pair first ("same"); the rest pair in the order the model asked
// ("changed", with the parameter keys whose values differ). A call to someone else is a different action: what is
// left is only in one run, "removed" (only the original proposed it) or "added" (only the replay did).
struct RunComparison
{
    enum class Difference
    {
        Same,
        Changed,
        Added,
        Removed
    };

    struct Row
    {
        Difference difference = Difference::Same;
        std::optional<RecordedRun::Call> original;
        std::optional<RecordedRun::Call> replay;
        QStringList changedKeys; // Changed: the differing parameter keys, sorted
    };

    RecordedRun original;
    RecordedRun replay;
    QList<Row> rows; // the original's calls in order, each with its counterpart; then what only the replay proposed

    int count(Difference difference) const;

    static RunComparison compare(RecordedRun original, RecordedRun replay);
    // Top-level keys whose values differ (a key missing on one side differs); "(arguments)" when either side is not
    // an object and the two differ.
    static QStringList changedKeys(const nlohmann::json &a, const nlohmann::json &b);
    static QString name(Difference difference); // "same", "changed", "added", "removed"
};
