#pragma once

#include "tools/tool.h"

// send_direct_message (Office Manager): a message from the AI system user to one member of staff (DirectMessages).
// Cooldown: 30 minutes per person; at most 20 an hour.
class SendDirectMessageTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::OfficeManager; }
    nlohmann::json parameters() const override;
    Cooldown cooldown() const override { return {30, 0}; }
    std::optional<int> rateLimitPerHour() const override { return 20; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;
    QString targetUserId(const nlohmann::json &arguments) const override;
};
