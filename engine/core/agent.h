#pragma once

#include <QString>
#include <optional>

// The two agents of the plan. TeamTime's current schema knows more ("architect"); those values are shown as they
// are and never run by this engine.
enum class Agent
{
    OfficeManager,
    RevenueOptimizer
};

namespace Agents {
QString id(Agent agent);          // "office_manager", as stored in ai_agent
QString displayName(Agent agent); // "Office Manager"
std::optional<Agent> fromId(const QString &id);
} // namespace Agents
