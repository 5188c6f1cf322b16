#pragma once

#include "context/contextprovider.h"

// What the Office Manager did over the analysis window (priority 66, analytics, Revenue Optimizer), from ai_actions:
// per tool, how many calls, how many executed, blocked (a blocked_reason) and failed (an error), and the runs,
// tokens and cost in total. Enabled only where ai_actions exists. Rows of agents this build does not know (current
// TeamTime's "architect") are left out without being named in SQL.
class AiActionSummaryProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 66; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
};
