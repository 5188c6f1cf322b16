#pragma once

#include "context/contextprovider.h"

// Time & attendance now (priority 10, Office Manager): who is clocked in and for how long, who is expected but has
// not clocked in, who clocked out recently, who has worked 6+ hours without a break. A person on a break is not
// late, a shift that has not started is not late, and only active staff count (never the AI user, never vendors).
class AttendanceProvider final : public ContextProvider
{
public:
    static constexpr double kLongShiftHours = 6.0;
    static constexpr int kRecentClockOutMinutes = 120;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 10; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
