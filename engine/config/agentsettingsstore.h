#pragma once

#include "config/agentsettings.h"

#include <QList>
#include <optional>

class SqlSession;

// The one owner of ai_config: every read and write of an agent's configuration goes through here (with ours in
// mentats_agent_settings), so that TeamTime's schema differences (a tone column or not, providers its enum lacks) are
// handled in one place. A save is validated first (nothing is written half-valid), then written to ai_config and
// mentats_agent_settings with an audit_logs row (before and after, the manager's id) in one transaction. The kill
// switch is ai_config.enabled, so a save that turns an agent off is seen by the very next tool call of a running tick.
namespace AgentSettingsStore {

// nullopt: the agent has no ai_config row (the migrations have not run).
std::optional<AgentSettings> find(SqlSession &session, Agent agent);
// Throws DbError(Schema) when the agent has no configuration.
AgentSettings load(SqlSession &session, Agent agent);
QList<FieldProblem> validate(const AgentSettings &settings);
// Throws DbError(Usage) with the first problem when the settings do not validate.
void save(SqlSession &session, const AgentSettings &settings, const QString &managerUserId);

// The kill switch, read fresh every time it matters (before each tool call, before each further round of a live
// run), so that turning an agent off takes effect within the running tick. False when the agent is disabled, or has
// no configuration at all.
bool enabled(SqlSession &session, Agent agent);

// The current custom instructions, the row locked until the caller's transaction ends (InstructionVersions saves a
// new version under that lock); nullopt when the agent has no configuration.
std::optional<QString> lockInstructions(SqlSession &session, Agent agent);
// Only InstructionVersions calls this: the text is versioned and audited there.
void writeInstructions(SqlSession &session, Agent agent, const QString &text);

} // namespace AgentSettingsStore
