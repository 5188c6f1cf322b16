#include "context/providers/auctionmetricsprovider.h"

#include "context/contextformat.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::number;

namespace {

using ProviderUtil::str;

QVariantList windowParams(const ContextRequest &request)
{
    const AnalysisWindow window = AnalysisWindow::of(request);
    return {SqlSession::timestamp(window.fromUtc), SqlSession::timestamp(window.toUtc)};
}

} // namespace

QString AuctionMetricsProvider::moduleId() const
{
    return u"auction-metrics"_s;
}

QString AuctionMetricsProvider::moduleName() const
{
    return u"Auction Metrics"_s;
}

QString AuctionMetricsProvider::description() const
{
    return u"Per auction over the analysis window: lots, sell-through, prices, no-pay rate and step timings."_s;
}

bool AuctionMetricsProvider::isEnabled(SqlSession &session, const ContextRequest &request) const
{
    return ProviderUtil::tableExists(session, u"auction_metrics"_s) &&
           session
               .scalar(u"SELECT EXISTS (SELECT 1 FROM auction_metrics WHERE date >= ?::timestamptz "
                       "AND date < ?::timestamptz)"_s,
                       windowParams(request))
               .toBool();
}

json AuctionMetricsProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    // Sell-through from the sums (an auction of 3 lots must not weigh like one of 300); the stored daily
    // percentage is the fallback where no lots were counted.
    // Auctions imported by name carry it in mentats_auctions (a console table a TeamTime not yet migrated lacks).
    const bool labels = ProviderUtil::tableExists(session, u"mentats_auctions"_s);
    const SqlRows rows = session.select(
        u"SELECT auction_id, count(*), sum(lots_listed), sum(lots_sold), "
        "coalesce(100.0 * sum(lots_sold) / nullif(sum(lots_listed), 0), avg(sell_through_percent)), "
        "avg(avg_final_price), avg(no_pay_rate), avg(avg_photos_per_lot), avg(avg_creation_to_bid_minutes), "
        "avg(avg_bid_to_hammer_minutes), avg(avg_hammer_to_payment_minutes), avg(avg_payment_to_shipment_minutes), "
        "%1 FROM auction_metrics WHERE date >= ?::timestamptz AND date < ?::timestamptz "
        "GROUP BY auction_id ORDER BY sum(lots_sold) DESC NULLS LAST, auction_id"_s.arg(
            labels ? u"(SELECT label FROM mentats_auctions a WHERE a.id = auction_id)"_s : u"NULL::text"_s),
        windowParams(request));
    json auctions = json::array();
    for (const QVariantList &row : rows.rows) {
        auctions.push_back({{"auctionId", ProviderUtil::text(row.at(0))},
                            {"days", row.at(1).toInt()},
                            {"lotsListed", row.at(2).toLongLong()},
                            {"lotsSold", row.at(3).toLongLong()},
                            {"sellThroughPercent", number(row.at(4), 1)},
                            {"avgFinalPrice", number(row.at(5))},
                            {"noPayRate", number(row.at(6), 4)},
                            {"avgPhotosPerLot", number(row.at(7), 1)},
                            {"avgCreationToBidMinutes", number(row.at(8), 0)},
                            {"avgBidToHammerMinutes", number(row.at(9), 0)},
                            {"avgHammerToPaymentMinutes", number(row.at(10), 0)},
                            {"avgPaymentToShipmentMinutes", number(row.at(11), 0)}});
        if (!row.at(12).isNull())
            auctions.back()["label"] = ProviderUtil::text(row.at(12));
    }
    return {{"window", AnalysisWindow::of(request).toJson()}, {"auctions", auctions}};
}

QString AuctionMetricsProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto count = [](const json &value) { return QString::number(value.get<qint64>()); };
    const auto minutes = [](const json &value) { return ProviderUtil::decimal(value, 0); };
    const json &window = data["window"];
    QStringList lines;
    lines << u"## Auction metrics (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                             str(window["lastDay"]));
    if (data["auctions"].empty())
        lines << u"No auction metrics in the window."_s;
    for (const json &a : data["auctions"]) {
        const double noPay = a["noPayRate"].is_number() ? a["noPayRate"].get<double>() * 100.0 : -1.0;
        const QString label = a.contains("label") ? u" "_s + ContextFormat::fenced(str(a["label"])) : QString();
        lines << u"- [auction %1]%13: %2 days, %3 lots listed, %4 sold (%5% sell-through), avg final price %6, no-pay "
                 u"%7, "
                 "%8 photos per lot; minutes from creation to first bid %9, bid to hammer %10, hammer to payment %11, "
                 "payment to shipment %12"_s.arg(
                     str(a["auctionId"]), count(a["days"]), count(a["lotsListed"]), count(a["lotsSold"]),
                     ProviderUtil::decimal(a["sellThroughPercent"], 1), ProviderUtil::decimal(a["avgFinalPrice"]),
                     noPay < 0 ? u"n/a"_s : ProviderUtil::decimal(noPay, 1) + u"%"_s,
                     ProviderUtil::decimal(a["avgPhotosPerLot"], 1), minutes(a["avgCreationToBidMinutes"]),
                     minutes(a["avgBidToHammerMinutes"]), minutes(a["avgHammerToPaymentMinutes"]),
                     minutes(a["avgPaymentToShipmentMinutes"]), label);
    }
    return lines.join(u'\n');
}
