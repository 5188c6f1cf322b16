#pragma once

#include "context/assembledcontext.h"
#include "core/clock.h"
#include "db/connectionsettings.h"
#include "prompts/agentprompt.h"
#include "runs/agentrunner.h"

#include <QCoroTask>
#include <memory>

class Database;

// Trying an agent without touching staff: what it would be given if it ran now, and a run of it as a dry run
// (recorded as such; nothing staff-facing is written).
class DryRunService final
{
public:
    // What the agent would be given now, within its own context budget, and the tools it would be offered.
    struct Preview
    {
        AssembledContext context;
        AgentPrompt prompt;
        QString tools; // the tool definitions as sent, JSON
    };

    DryRunService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock);

    // Throws DbError.
    QCoro::Task<Preview> preview(Agent agent);
    // A dry run whatever `options` say about it (trigger and dry-run mode are set here); progress and Cancel through
    // options.control. The outcome, a failure included, is in the result.
    QCoro::Task<RunResult> dryRun(RunOptions options);

private:
    Database &m_db;
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
};
