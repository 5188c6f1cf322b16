#pragma once

#include "tools/tool.h"

// send_notification (Office Manager): a TeamTime notification (what shows in the app's bell and as a push) for one
// member of staff, of one of TeamTime's reminder kinds. At most one per person every 30 minutes.
class SendNotificationTool final : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    Agent agent() const override { return Agent::OfficeManager; }
    nlohmann::json parameters() const override;
    Cooldown cooldown() const override { return {30, 0}; }
    std::optional<int> rateLimitPerHour() const override { return 30; }

    ToolEffect execute(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const override;
    QString formatResult(const ToolEffect &effect) const override;
    QString targetUserId(const nlohmann::json &arguments) const override;
};
