#pragma once

#include "tools/tool.h"

// write_memory (Revenue Optimizer): records a pattern, preference, observation or performance note about a person,
// a location or the whole business, with a confidence. Observing the same thing again updates the memory (content,
// confidence, one more observation) rather than writing a duplicate, as the plan's tool does: the same subject and
// type, and for business-wide memories the same content.
class WriteMemoryTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::RevenueOptimizer; }
    nlohmann::json parameters() const override;
    std::optional<int> rateLimitPerHour() const override { return 50; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;
    QString targetUserId(const nlohmann::json &arguments) const override;

protected:
    QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                   const ToolContext &context) const override;
};
