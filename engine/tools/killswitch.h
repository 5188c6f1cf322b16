#pragma once

#include "core/agent.h"

class SqlSession;

// An agent's kill switch is ai_config.enabled, read fresh every time it matters (before each tool call, before
// each further round of a live run), so that turning an agent off takes effect within the running tick.
namespace KillSwitch {

// False when the agent is disabled, or has no configuration at all.
bool agentEnabled(SqlSession &session, Agent agent);

} // namespace KillSwitch
