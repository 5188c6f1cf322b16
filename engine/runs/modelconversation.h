#pragma once

#include "llm/llmtypes.h"
#include "runs/runcontrol.h"
#include "tools/toolexecutor.h"

#include <QCoroTask>

class Database;
class LlmProvider;

// The model in bounded rounds, shared by runs and replays: each answer's tool calls go through the ToolExecutor on
// the database (every call with its ai_actions row, in a transaction of its own), their results go back to the
// model, until it calls nothing more, the rounds run out, the kill switch goes off (live runs) or the caller cancels.
// A cancel never splits an answer: the calls of one answer are all handled, or none.
namespace ModelConversation {

struct Setup
{
    LlmRequest request;
    ToolContext toolContext; // its request pointer must outlive the conversation
    ActionLogFields log;     // the reasoning is each answer's text
    int maxRounds = 3;
    bool watchKillSwitch = false; // live runs: re-read the kill switch before every round after the first
    RunControl control;
};

struct Outcome
{
    nlohmann::json rounds = nlohmann::json::array(); // per round: text, stop reason, attempts, raw response, outcomes
    LlmUsage usage;
    bool anyCall = false;
    QString lastText;
    int actionsLogged = 0;
    int executed = 0;
    int blocked = 0;
    int awaitingApproval = 0;
    int invalid = 0;
    QString stopped; // why it ended early although it completed (the kill switch)
    QString failure; // the model call failed: the provider's sentence
    bool cancelled = false;

    // Adds what call `call` of `calls` (a split run) did: its rounds (marked with the call), tokens and counts.
    void add(const Outcome &other, int call, int calls);
};

// `db`, `executor` and `provider` must outlive the returned task.
QCoro::Task<Outcome> run(Database &db, const ToolExecutor &executor, LlmProvider &provider, Setup setup);

} // namespace ModelConversation
