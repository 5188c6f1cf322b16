#pragma once

#include "context/contextprovider.h"

// Current auction operations (priority 40, Office Manager; "auction-ops"): each auction's figures for
// today and yesterday (business days) from auction_metrics — lots listed and sold, sell-through, no-pay rate, photos
// per lot and the four step timings — and the steps that are slow: a step timing more than half again the auction's
// own average over the 28 days before (at least 3 days of history). Enabled only when there are figures for today or
// yesterday. Auction names come from mentats_auctions and are fenced as data.
// Data: today, yesterday, auctions[] {auctionId, label?, days[] {day, lotsListed, lotsSold, sellThroughPercent,
// noPayRate, avgPhotosPerLot, steps{creationToBid, bidToHammer, hammerToPayment, paymentToShipment}},
// slowSteps[] {day, step, minutes, usualMinutes}}.
class AuctionOpsProvider final : public ContextProvider
{
public:
    static constexpr int kBaselineDays = 28;
    static constexpr double kSlowFactor = 1.5;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 40; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    bool isEnabled(SqlSession &session, const ContextRequest &request) const override;
    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
};
