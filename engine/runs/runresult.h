#pragma once

#include "core/runstatus.h"
#include "llm/cost.h"
#include "llm/llmtypes.h"

#include <QString>
#include <optional>

class LlmProvider;
namespace ModelConversation {
struct Outcome;
}

// What became of one run, for whoever asked for it (the CLI, the console, the scheduler's report).
struct RunResult
{
    QString runId;
    // Completed, Skipped, Failed; or Waiting: submitted as a Message Batch, finished by BatchCollector.
    RunStatus status = RunStatus::Running;
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
    bool cancelled = false; // then status is Failed and reason "Cancelled by ..."
    QString notice;         // set when another provider answered than the one asked for (no key: the rules)
    QString batchId;        // the Message Batch the run submitted or was collected from

    // Takes the conversation's counts and verdict: failed ("Cancelled by <requestedBy>" or the failure), or
    // completed and priced at `answeredBy`'s published prices for `model` (the offline rules cost nothing).
    void conclude(const ModelConversation::Outcome &talked, const QString &requestedBy, const LlmProvider &answeredBy);
};
