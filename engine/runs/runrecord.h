#pragma once

#include "core/agent.h"
#include "core/runstatus.h"
#include "llm/cost.h"
#include "llm/llmtypes.h"

#include <QDateTime>
#include <QString>
#include <optional>

class SqlSession;

// What a finished run leaves in its mentats_runs row (claimed by RunClaim with status "running"): the outcome, the
// context and the exact prompts, every round with the raw responses, the tokens, the exact cost and the tool
// definitions offered — everything a manager inspects and a replay starts from.
struct RunRecord
{
    RunStatus status = RunStatus::Running; // or Completed, Skipped, Failed (Running: waiting for its Message Batch)
    QString reason;
    bool dryRun = true;
    QString provider;
    QString model;
    nlohmann::json contextSummary = nlohmann::json::object();
    nlohmann::json context = nlohmann::json::object();
    QString systemPrompt;
    QString userMessage;
    nlohmann::json rounds = nlohmann::json::array();
    LlmUsage usage;
    std::optional<Cost> cost;
    nlohmann::json tools; // null: none were offered

    // `now`: the runner's clock, the run's finish (unless it is still running).
    void save(SqlSession &session, const QString &runId, const QDateTime &now) const;

    // The plan's observation row, logged at `now` (the runner's clock): a run whose model called nothing still leaves
    // its reasoning in ai_actions.
    static void logObservation(SqlSession &session, Agent agent, const QString &runId, const QDateTime &runStartedAt,
                               const nlohmann::json &contextSummary, int contextTokens, const QString &reasoning,
                               qint64 tokensUsed, const QDateTime &now);
};
