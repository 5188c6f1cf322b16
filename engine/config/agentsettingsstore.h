#pragma once

#include "config/agentsettings.h"

#include <QList>

class SqlSession;

// Reads and writes AgentSettings. A save is validated first (nothing is written half-valid), then written to
// ai_config and mentats_agent_settings with an audit_logs row (before and after, the manager's id) in one
// transaction. The kill switch is ai_config.enabled, so a save that turns an agent off is seen by the very next tool
// call of a running tick.
namespace AgentSettingsStore {

AgentSettings load(SqlSession &session, Agent agent);
QList<FieldProblem> validate(const AgentSettings &settings);
// Throws DbError(Usage) with the first problem when the settings do not validate.
void save(SqlSession &session, const AgentSettings &settings, const QString &managerUserId);

} // namespace AgentSettingsStore
