#pragma once

#include "tools/tool.h"

// flag_for_manager (Office Manager): puts something in front of every active admin and manager, as a direct
// message (with TeamTime's notification) saying what and about whom. For what the Office Manager should not act on
// itself (a task 3+ hours overdue with no response, anything unusual). At most once an hour per person concerned.
class FlagForManagerTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::OfficeManager; }
    nlohmann::json parameters() const override;
    Cooldown cooldown() const override { return {60, 0}; }
    std::optional<int> rateLimitPerHour() const override { return 10; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;
    QString targetUserId(const nlohmann::json &arguments) const override;

protected:
    QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                   const ToolContext &context) const override;
};
