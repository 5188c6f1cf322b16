#pragma once

#include "context/contextprovider.h"

// KPI thresholds (priority 72, analytics, Revenue Optimizer): the thresholds managers accepted, which the optimizer
// measures the period against, and its proposals still waiting or recently rejected (with the reason), so that it
// neither repeats nor contradicts them.
class KpiThresholdsProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 72; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
};
