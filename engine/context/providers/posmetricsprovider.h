#pragma once

#include "context/contextprovider.h"

// Sales and efficiency over the analysis window (priority 60, analytics, Revenue Optimizer), from the daily metrics
// a POS sync writes: per person (staff only) and per location, sales, transactions, hours, revenue per labour hour
// (total sales over total hours), tasks, till variance. Enabled only when the metrics tables exist and have rows in
// the window: most TeamTimes have no POS feed, and an empty module would only cost tokens.
//
// Lists: concerns (attention) — people whose till was off kConcernTillVariances times or more, or who drew
// kConcernComplaints complaints or more, the kMaxConcerns with the most; staff and locations (background, a
// person under the location they worked most shifts at). totals: the whole business.
class PosMetricsProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 60; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;

    static constexpr int kConcernTillVariances = 3;
    static constexpr int kConcernComplaints = 3;
    static constexpr int kMaxConcerns = 10;
};
