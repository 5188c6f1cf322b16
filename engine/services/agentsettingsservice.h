#pragma once

#include "config/agentsettings.h"
#include "config/instructionversions.h"
#include "core/clock.h"

#include <QCoroTask>
#include <memory>

class Database;

// One agent's configuration for the console's Agents page: its settings (through AgentSettingsStore, the one owner
// of ai_config), its custom instructions' versions, and the prompt as it would be sent now. Every change is written
// with the manager in audit_logs. Throws DbError.
class AgentSettingsService final
{
public:
    AgentSettingsService(Database &db, std::shared_ptr<const Clock> clock);

    struct Snapshot
    {
        AgentSettings settings;
        QList<InstructionVersions::Version> history; // newest first
        QString timeZone;                            // the business's, for showing times
    };
    QCoro::Task<Snapshot> load(Agent agent);
    // Validated (nothing is written half-valid), then saved; returns the settings as stored now.
    QCoro::Task<AgentSettings> save(AgentSettings settings, QString managerUserId);
    // The text as a new version; returns its number (the current one when the text is unchanged).
    QCoro::Task<int> saveInstructions(Agent agent, QString text, QString note, QString managerUserId,
                                      QString managerName);
    // The text of `toVersion` saved again as a new version; returns its number.
    QCoro::Task<int> rollBackInstructions(Agent agent, int toVersion, QString managerUserId, QString managerName);
    // The system text and the user message the agent would be sent if it ran now, its context within `tokenBudget`.
    QCoro::Task<QString> promptPreview(Agent agent, int tokenBudget);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
