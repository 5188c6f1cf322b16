#include "core/agent.h"

using namespace Qt::Literals::StringLiterals;

QString Agents::id(Agent agent)
{
    return agent == Agent::OfficeManager ? u"office_manager"_s : u"revenue_optimizer"_s;
}

QString Agents::displayName(Agent agent)
{
    return agent == Agent::OfficeManager ? u"Office Manager"_s : u"Revenue Optimizer"_s;
}

std::optional<Agent> Agents::fromId(const QString &id)
{
    if (id == u"office_manager"_s)
        return Agent::OfficeManager;
    if (id == u"revenue_optimizer"_s)
        return Agent::RevenueOptimizer;
    return std::nullopt;
}
