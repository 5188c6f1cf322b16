#pragma once

#include "context/contextprovider.h"

// Auction performance over the analysis window (priority 68, analytics, Revenue Optimizer), from auction_metrics
// (one row per auction and business day) per auction: lots listed and sold, sell-through, prices, no-pay rate, photos
// per lot and how long each step takes. Enabled only when the table has rows in the window: TeamTime's auction module
// is not there yet.
class AuctionMetricsProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 68; }
    QList<Agent> agents() const override { return {Agent::RevenueOptimizer}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
};
