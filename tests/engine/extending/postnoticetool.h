#pragma once

#include "tools/tool.h"

// The worked example of docs/extending.md (a tool, step by step): post_notice (Office Manager) puts a short notice
// on TeamTime's info board, where every member of staff sees it, posted by the AI system user. Business rule: no
// active notice with the same title (the notice board module shows them). At most one every four hours, three an
// hour at most; no approval by default (managers can require it in the console).
class PostNoticeTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::OfficeManager; }
    nlohmann::json parameters() const override;
    Cooldown cooldown() const override { return {0, 240}; }
    std::optional<int> rateLimitPerHour() const override { return 3; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;

protected:
    QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                   const ToolContext &context) const override;
};
