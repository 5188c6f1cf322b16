#pragma once

#include <QString>
#include <optional>

// What became of a run. mentats_runs stores the first four as text; Waiting is a run's result only: submitted as a
// Message Batch and finished later by BatchCollector, its record stays Running meanwhile. Converted to and from
// text only where it is stored, printed or sent (RunStatuses).
enum class RunStatus
{
    Running,
    Completed,
    Skipped,
    Failed,
    Waiting
};

namespace RunStatuses {
QString toText(RunStatus status); // "completed", as stored in mentats_runs.status
std::optional<RunStatus> fromText(const QString &text);
} // namespace RunStatuses
