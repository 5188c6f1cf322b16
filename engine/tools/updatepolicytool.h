#pragma once

#include "tools/tool.h"

// update_policy (Revenue Optimizer): creates, rewrites or deactivates a policy note the Office Manager follows
// (global, for a location, or for a role), stamped with the run that changed it.
class UpdatePolicyTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::RevenueOptimizer; }
    nlohmann::json parameters() const override;
    std::optional<int> rateLimitPerHour() const override { return 20; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;

protected:
    QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                   const ToolContext &context) const override;
};
