#pragma once

#include "context/contextprovider.h"

// Task completion over the analysis window (priority 64, analytics, Revenue Optimizer). The tasks it counts are
// those due in the window (or, without a due time, created in it), cancelled ones left out. Per person: assigned,
// completed, completed late (the first completion after due_at) and still overdue now; per task title (the "kind"
// of task): how many and what share ran late, the kTopKinds most common. Titles are staff-written: fenced. People
// (most late first, under the location they worked most shifts at) are background; stillOverdue totals them.
class TaskHistoryProvider final : public ContextProvider
{
public:
    static constexpr int kTopKinds = 10;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 64; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
