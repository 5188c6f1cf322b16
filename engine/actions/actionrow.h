#pragma once

#include "core/agent.h"

#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

// One ai_actions row as the engine appends it: a tool call and its verdict (the executor), a manager's decision that
// ran nothing (the approval queue), or a run's observation when the model called no tool (the run record). Empty
// texts and unset options are written as NULL.
struct ActionRow
{
    Agent agent = Agent::OfficeManager;
    QString runId;
    QDateTime runStartedAt;
    QDateTime createdAt; // invalid: the column's default
    nlohmann::json contextSnapshot = nlohmann::json::object();
    std::optional<int> contextTokens;
    QString reasoning;
    QString toolName; // empty: an observation, no tool called
    std::optional<nlohmann::json> toolParams;
    bool executed = false;
    std::optional<nlohmann::json> executionResult;
    QString blockedReason;
    QString error;
    QString targetUserId; // an id that is no user's is written as NULL
    QString createdTaskId;
    QString createdMessageId;
    std::optional<qint64> tokensUsed;
};
