#pragma once

#include "runs/modelconversation.h"
#include "runs/preparedrun.h"
#include "runs/runrecord.h"
#include "runs/runresult.h"

class SqlSession;

// The last stage of a run, on the runner's connection: what it leaves behind. Also the one place a run's end is
// logged (mentats.runs), so that the journal tells what became of every run.
namespace RunRecorder {

// The record of `prepared` ended as `result`, with the conversation's `rounds` and the tool definitions offered.
RunRecord recordOf(const PreparedRun &prepared, const RunResult &result, const nlohmann::json &rounds,
                   const nlohmann::json &tools = nullptr);

// `now` below: the runner's clock, stamped on the run's finish and its observation row.
// A run that ended without asking the model (skipped, failed, cancelled) or whose call failed: its record (when its
// row was claimed), then its lock released (when it took it).
void recordEnded(SqlSession &session, const PreparedRun &prepared, const RunRecord &record, const QDateTime &now);

// A run the model answered: an observation row when it called no tool (its reasoning is kept all the same), the
// tokens it actually took for the context estimate, then recordEnded().
void recordAnswered(SqlSession &session, const PreparedRun &prepared, const RunResult &result,
                    const ModelConversation::Outcome &talked, const nlohmann::json &tools, const QDateTime &now);

} // namespace RunRecorder
