#pragma once

#include "config/agentsettings.h"
#include "config/instructionversions.h"
#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/agentrunner.h"
#include "runs/recordedrun.h"
#include "runs/runcomparison.h"
#include "runs/runreplayer.h"

#include <QCoroTask>
#include <QTimeZone>
#include <memory>

class Database;

// Trying a recorded run again against another model or instruction version, and the two side by side.
class ReplayService final
{
public:
    // What a replay can be asked for: the agent's recent runs (the one asked for among them), its instruction
    // versions and settings, and the business's zone to show times in.
    struct Choices
    {
        Agent agent = Agent::OfficeManager; // the chosen run's agent, when one was asked for
        QTimeZone zone;
        AgentSettings settings;
        QList<RecordedRun::Summary> runs;
        QList<InstructionVersions::Version> versions;
    };

    ReplayService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock);

    // `runId`, when given, is listed even when older than the latest runs. Throws DbError.
    QCoro::Task<Choices> choices(Agent agent, QString runId);
    // Throws DbError(Usage), with nothing recorded, when the run cannot be replayed (see RunReplayer).
    QCoro::Task<RunResult> replay(ReplayOptions options);
    // Throws DbError.
    QCoro::Task<RunComparison> compare(QString originalRunId, QString replayRunId);

private:
    Database &m_db;
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
};
