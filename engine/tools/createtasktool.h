#pragma once

#include "tools/tool.h"

// create_task (Office Manager): a follow-up task for one member of staff, created by the AI system user as an
// event-triggered task, with TeamTime's task_assigned notification. At most once an hour per person.
class CreateTaskTool final : public Tool
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
};
