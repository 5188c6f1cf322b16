#pragma once

#include "core/agent.h"
#include "core/clock.h"
#include "db/connectionsettings.h"
#include "llm/cost.h"
#include "llm/llmproviderfactory.h"
#include "llm/llmtypes.h"
#include "runs/runclaim.h"
#include "runs/runcontrol.h"

#include <QCoroTask>
#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>

class LlmProvider;
class QNetworkAccessManager;
namespace ModelConversation {
struct Outcome;
}
class ToolExecutor;

struct RunOptions
{
    Agent agent = Agent::OfficeManager;
    RunClaim::Trigger trigger = RunClaim::Trigger::Manual;
    bool dryRun = false;     // on top of the agent's own dry-run setting
    QDateTime scheduledSlot; // for Trigger::Schedule
    QString requestedBy;
    QString host;
    bool callEvenIfQuiet = false; // call the model even when nothing needs attention
    int maxRounds = 3;
    // When set, used instead of the agent's configured provider (the CLI's --provider, tests).
    std::shared_ptr<LlmProvider> provider;
    QString model;
    // The API key for the agent's provider (the console's keychain); empty or unset: the environment's.
    std::function<QString(Agent agent, const QString &provider)> apiKey;
    // Cancel and progress (the console's dry runs).
    RunControl control;
};

struct RunResult
{
    QString runId;
    QString status; // completed, skipped, failed; or waiting: submitted as a Message Batch, finished by BatchCollector
    QString reason; // why skipped or failed
    int actionsLogged = 0;
    int executed = 0;
    int blocked = 0;
    int awaitingApproval = 0;
    int invalid = 0;
    LlmUsage usage;
    std::optional<Cost> cost;
    QString provider;
    QString model;
    bool cancelled = false; // then status is "failed" and reason "Cancelled by ..."
    QString notice;         // set when another provider answered than the one asked for (no key: the rules)
    QString batchId;        // the Message Batch the run submitted or was collected from

    // Takes the conversation's counts and verdict: failed ("Cancelled by <requestedBy>" or the failure), or
    // completed and priced at `answeredBy`'s published prices for `model` (the offline rules cost nothing).
    void conclude(const ModelConversation::Outcome &talked, const QString &requestedBy, const LlmProvider &answeredBy);
};

// One run of an agent, end to end (design.md "The run"): the agent's lock, its run record, the configuration and
// kill switch, the context and the skip rule, the prompt, the model in bounded rounds with every tool call through
// the ToolExecutor, an observation row when the model calls nothing, and the run record completed with prompts,
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
