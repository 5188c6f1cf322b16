#pragma once

#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/runoptions.h"
#include "runs/runresult.h"

#include <QCoroTask>
#include <memory>

class QNetworkAccessManager;
class ToolExecutor;

// One run of an agent, end to end, in three stages. Prepare (RunPreparation): the run record
// claimed, the agent's lock, the configuration and kill switch, the budget, the context and the skip rule, the
// prompt. Ask (RunAsk, ModelConversation): the model in bounded rounds with every tool call through the ToolExecutor.
// Record (RunRecorder): an observation row when the model calls nothing, and the run record completed with prompts,
// rounds, tokens and exact cost. Database work runs on a connection of the runner's own (the lock lives on it).
//
// A scheduled Revenue Optimizer run whose agent is set to use Message Batches (and answers through Anthropic) asks
// the model differently: it submits its one request as a batch, records the run as waiting for it (still
// "running", with everything needed to finish it in mentats_run_batches) and releases the agent's lock at once;
// BatchCollector finishes it when the batch has ended. While that batch is unfinished, further scheduled runs of the
// agent are skipped rather than submitting a second one.
class AgentRunner
{
public:
    AgentRunner(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                QNetworkAccessManager *network = nullptr);
    ~AgentRunner();

    QCoro::Task<RunResult> run(RunOptions options);

private:
    struct Impl;
    // Shared with each run in progress: a runner destroyed mid-run (a window closed) leaves the run to finish and
    // record itself instead of pulling its connection from under it.
    std::shared_ptr<Impl> d;
};
