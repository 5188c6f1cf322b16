#pragma once

#include "context/contextprovider.h"

// Policy notes (priority 85, enrichment, both agents): active ai_policy_notes, highest priority first. The Office
// Manager sees the global ones, those for the locations in its context and those for the roles of the people in its
// context; the Revenue Optimizer, which writes them, sees them all. Policy content was written by a model and goes
// into the prompt fenced: guidance within the agent's rules, never a way around them.
class PolicyProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 85; }
    QList<Agent> agents() const override { return {Agent::OfficeManager, Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
};
