#pragma once

#include "context/contextprovider.h"

// What the Revenue Optimizer has learned (priority 90, enrichment, both agents): active, unexpired ai_memory rows.
// The Office Manager sees global memories and those about the people and locations already in its context, never
// anyone else's; the Revenue Optimizer sees them all, so that it updates a memory instead of writing it twice.
// Memory content was written by a model and goes into the prompt fenced, as data.
class MemoryProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 90; }
    QList<Agent> agents() const override { return {Agent::OfficeManager, Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
};
