#pragma once

#include "core/agent.h"
#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/agentrunner.h"

#include <QCoroTask>
#include <functional>
#include <memory>

class QNetworkAccessManager;

// What became of one pending Message Batch when it was checked.
struct BatchCheck
{
    enum class Outcome
    {
        Waiting,   // not ended yet
        Collected, // ended: the run finished (completed or failed), see `run`
        Deferred,  // could not be checked or collected now (network, key, the agent busy): tried again next pass
    };

    QString runId;
    Agent agent = Agent::RevenueOptimizer;
    QString batchId;
    Outcome outcome = Outcome::Waiting;
    QString processingStatus; // as the API said
    QString problem;          // Deferred: why, in one sentence
    RunResult run;            // Collected: the run as recorded
};

// Finishes the runs that are waiting for their Message Batch (AgentRunner submitted them), in this process or any
// later one: polls each pending batch; once it has ended, reads its result and, under the agent's lock, hands the
// model's answer to ModelConversation exactly as a live answer (the ToolExecutor's checks, ai_actions rows, dry run,
// kill switch), then records the run the same way — tokens, the batch price (half), service tier "batch".
//
// One round only: the model's tool calls are applied and their results kept in the run record, but not sent back
// for a second turn. A second turn would be another batch and another wait of up to 24 hours for a nightly run whose
// tools only write memories, policy notes and reports; tomorrow night's run reads what this one wrote.
//
// A batch whose result is errored, expired or canceled, or that Anthropic no longer knows, fails its run with one
// sentence and applies nothing; one that has not ended `giveUpAfterSecs` after it was submitted (the API's 24 h, and
// an hour's margin) is cancelled and its run failed.
class BatchCollector
{
public:
    static constexpr qint64 kDefaultGiveUpSecs = 25 * 3600;

    struct Options
    {
        QList<Agent> agents = {Agent::RevenueOptimizer};
        // The key for the agent's Anthropic account (the console's keychain); unset or empty: ANTHROPIC_API_KEY.
        std::function<QString(Agent agent, const QString &provider)> apiKey;
        qint64 giveUpAfterSecs = kDefaultGiveUpSecs;
    };

    BatchCollector(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                   QNetworkAccessManager *network = nullptr);
    ~BatchCollector();

    // Every pending batch of the agents, one after the other.
    QCoro::Task<QList<BatchCheck>> check(Options options);

private:
    struct Impl;
    std::shared_ptr<Impl> d; // kept alive by a check in progress
};
