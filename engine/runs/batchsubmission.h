#pragma once

#include "runs/preparedrun.h"
#include "runs/runresult.h"

#include <QCoroTask>
#include <memory>

class AnthropicProvider;
class Clock;
class Database;

// How a batch run asks the model: its one request goes out as a Message Batch instead of a Messages call. The run
// stays "running" (RunStatus::Waiting to the caller), holds no lock, and leaves in mentats_run_batches what a later
// process needs to collect it (BatchCollector). A failed submission is a failed run, like a failed call; a batch
// that went out but could not be recorded is cancelled (nobody would ever collect it) and the run throws DbError.
namespace BatchSubmission {

// `db` is the runner's connection (it holds the agent's lock) and must outlive the task.
QCoro::Task<RunResult> submit(Database &db, const Clock &clock, std::shared_ptr<AnthropicProvider> anthropic,
                              const PreparedRun &prepared, RunResult result, LlmRequest request, nlohmann::json tools);

} // namespace BatchSubmission
