#pragma once

#include "runs/preparedrun.h"
#include "runs/runoptions.h"

#include <chrono>
#include <memory>

class Clock;
class SqlSession;

// The first stage of a run, on the runner's connection: claim the run row, take the agent's lock, read the
// configuration and the kill switch, the pending Message Batch (batch runs), the daily budget, assemble the context
// (a quiet Office Manager is skipped without calling the model) and build the prompt. Each step may end the run
// there (PreparedRun::Verdict). A database error other than a lost connection fails the run rather than throwing,
// so that it is still recorded and its lock released. Call on a worker thread: waiting for the lock sleeps.
namespace RunPreparation {

// How long a run a manager asked for waits for the agent's lock before it is skipped as overlapping another: longer
// than the scheduler's housekeeping holds it, far shorter than any run.
inline constexpr std::chrono::milliseconds kLockPatience(2000);

// `options.host` names the machine in the run row.
PreparedRun prepare(SqlSession &session, const RunOptions &options, const std::shared_ptr<const Clock> &clock);

} // namespace RunPreparation
