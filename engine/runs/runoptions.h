#pragma once

#include "core/agent.h"
#include "runs/runclaim.h"
#include "runs/runcontrol.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

class LlmProvider;

// What a caller asks of one run (AgentRunner::run).
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
