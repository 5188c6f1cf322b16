#pragma once

#include "tools/tool.h"

// draft_report (Revenue Optimizer): a report for the managers — what the history shows and what to do about it —
// kept for the console's Reports page and announced to every active admin and manager by direct message.
class DraftReportTool final : public Tool
{
public:
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
