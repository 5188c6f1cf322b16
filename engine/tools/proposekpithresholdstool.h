#pragma once

#include "tools/tool.h"

// propose_kpi_thresholds (Revenue Optimizer): targets such as "revenue per labor hour at least 85 at Harbor",
// stored as proposals that change nothing until a manager accepts them (KpiProposals). A newer proposal for the
// same metric and scope supersedes an older one still waiting. Managers are told by direct message.
class ProposeKpiThresholdsTool final : public Tool
{
public:
    static const QStringList &metrics();

    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::RevenueOptimizer; }
    nlohmann::json parameters() const override;
    std::optional<int> rateLimitPerHour() const override { return 3; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;

protected:
    QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                   const ToolContext &context) const override;
};
