#include "context/providers/auctionopsprovider.h"

#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::number;
using ProviderUtil::str;

namespace {

struct Step
{
    const char *key;
    const char *column;
    const char *words;
};

const Step kSteps[] = {
    {"creationToBid", "avg_creation_to_bid_minutes", "creation to first bid"},
    {"bidToHammer", "avg_bid_to_hammer_minutes", "bid to hammer"},
    {"hammerToPayment", "avg_hammer_to_payment_minutes", "hammer to payment"},
    {"paymentToShipment", "avg_payment_to_shipment_minutes", "payment to shipment"},
};

// Yesterday's start to tomorrow's start, business time.
QVariantList recentParams(const ContextRequest &request)
{
    const QDate today = request.calendar.today();
    return {SqlSession::timestamp(request.calendar.startOfDayUtc(today.addDays(-1))),
            SqlSession::timestamp(request.calendar.startOfDayUtc(today.addDays(1)))};
}

QString minutes(const json &value)
{
    return value.is_number() ? QLocale::c().toString(value.get<double>(), 'f', 0) : u"n/a"_s;
}

} // namespace

QString AuctionOpsProvider::moduleId() const
{
    return u"auction-ops"_s;
}

QString AuctionOpsProvider::moduleName() const
{
    return u"Auction Operations"_s;
}

QString AuctionOpsProvider::description() const
{
    return u"Each auction's figures for today and yesterday, and the steps (listing to bid, hammer, payment, shipment) "
           "running slower than usual."_s;
}

bool AuctionOpsProvider::isEnabled(SqlSession &session, const ContextRequest &request) const
{
    return ProviderUtil::tableExists(session, u"auction_metrics"_s) &&
           session
               .scalar(u"SELECT EXISTS (SELECT 1 FROM auction_metrics WHERE date >= ?::timestamptz "
                       "AND date < ?::timestamptz)"_s,
                       recentParams(request))
               .toBool();
}

json AuctionOpsProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const QDate today = request.calendar.today();
    const QDate yesterday = today.addDays(-1);
    const QString zone = QString::fromUtf8(request.calendar.zone().id());
    const bool labels = ProviderUtil::tableExists(session, u"mentats_auctions"_s);
    QStringList stepColumns;
    QStringList baselineColumns;
    for (int i = 0; i < 4; ++i) {
        stepColumns << u"avg(m.%1) AS s%2"_s.arg(QLatin1StringView(kSteps[i].column)).arg(i);
        baselineColumns << u"avg(b.%1) AS b%2"_s.arg(QLatin1StringView(kSteps[i].column)).arg(i);
    }
    // Per auction and business day (several rows of one day are added up), and per auction its usual step timings
    // over the days before yesterday, counted only with enough days to be "usual".
    const SqlRows rows = session.select(
        u"WITH recent AS (SELECT m.auction_id, (m.date AT TIME ZONE ?::text)::date AS day, sum(m.lots_listed) AS "
        u"listed, "
        "sum(m.lots_sold) AS sold, coalesce(100.0 * sum(m.lots_sold) / nullif(sum(m.lots_listed), 0), "
        "avg(m.sell_through_percent)) AS sell_through, avg(m.no_pay_rate) AS no_pay, avg(m.avg_photos_per_lot) AS "
        "photos, "
        "%1 FROM auction_metrics m WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz GROUP BY 1, 2), "
        "usual AS (SELECT b.auction_id, count(DISTINCT (b.date AT TIME ZONE ?::text)::date) AS days, %2 "
        "FROM auction_metrics b WHERE b.date >= ?::timestamptz AND b.date < ?::timestamptz GROUP BY 1) "
        "SELECT r.auction_id, r.day, r.listed, r.sold, r.sell_through, r.no_pay, r.photos, r.s0, r.s1, r.s2, r.s3, "
        "u.days, u.b0, u.b1, u.b2, u.b3, %3 FROM recent r LEFT JOIN usual u USING (auction_id) %4 "
        "ORDER BY %5 r.auction_id, r.day"_s.arg(
            stepColumns.join(u", "_s), baselineColumns.join(u", "_s), labels ? u"a.label"_s : u"NULL::text"_s,
            labels ? u"LEFT JOIN mentats_auctions a ON a.id = r.auction_id"_s : QString(),
            labels ? u"a.label NULLS LAST,"_s : QString()),
        {zone, SqlSession::timestamp(request.calendar.startOfDayUtc(yesterday)),
         SqlSession::timestamp(request.calendar.startOfDayUtc(today.addDays(1))), zone,
         SqlSession::timestamp(request.calendar.startOfDayUtc(yesterday.addDays(-kBaselineDays))),
         SqlSession::timestamp(request.calendar.startOfDayUtc(yesterday))});

    json auctions = json::array();
    for (const QVariantList &row : rows.rows) {
        const std::string id = ProviderUtil::text(row.at(0));
        if (auctions.empty() || auctions.back()["auctionId"] != id) {
            json auction = {{"auctionId", id}, {"days", json::array()}, {"slowSteps", json::array()}};
            if (!row.at(16).isNull())
                auction["label"] = ProviderUtil::text(row.at(16));
            auctions.push_back(std::move(auction));
        }
        json &auction = auctions.back();
        const QDate day = row.at(1).toDate();
        json steps = json::object();
        const int baselineDays = row.at(11).toInt();
        for (int i = 0; i < 4; ++i) {
            steps[kSteps[i].key] = number(row.at(7 + i), 0);
            const QVariant now = row.at(7 + i);
            const QVariant usual = row.at(12 + i);
            if (baselineDays >= 3 && !now.isNull() && !usual.isNull() && usual.toDouble() > 0 &&
                now.toDouble() > kSlowFactor * usual.toDouble()) {
                auction["slowSteps"].push_back({{"day", day.toString(Qt::ISODate).toStdString()},
                                                {"step", kSteps[i].key},
                                                {"minutes", number(now, 0)},
                                                {"usualMinutes", number(usual, 0)}});
            }
        }
        auction["days"].push_back({{"day", day.toString(Qt::ISODate).toStdString()},
                                   {"lotsListed", number(row.at(2), 0)},
                                   {"lotsSold", number(row.at(3), 0)},
                                   {"sellThroughPercent", number(row.at(4), 1)},
                                   {"noPayRate", number(row.at(5), 4)},
                                   {"avgPhotosPerLot", number(row.at(6), 1)},
                                   {"steps", steps}});
    }
    return {{"today", today.toString(Qt::ISODate).toStdString()},
            {"yesterday", yesterday.toString(Qt::ISODate).toStdString()},
            {"auctions", auctions}};
}

QString AuctionOpsProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const QString today = str(data["today"]);
    const auto dayName = [&](const json &day) { return str(day) == today ? u"today"_s : u"yesterday"_s; };
    const auto stepWords = [](const json &key) {
        for (const Step &step : kSteps) {
            if (key == step.key)
                return QString::fromLatin1(step.words);
        }
        return str(key);
    };
    QStringList lines;
    lines << u"## Auction operations (today %1 and yesterday; timings in minutes)"_s.arg(today);
    for (const json &a : data["auctions"]) {
        QString head = u"- [auction %1]"_s.arg(str(a["auctionId"]));
        if (a.contains("label"))
            head += u" "_s + ContextFormat::fenced(str(a["label"]));
        lines << head;
        for (const json &d : a["days"]) {
            const json &steps = d["steps"];
            const double noPay = d["noPayRate"].is_number() ? d["noPayRate"].get<double>() * 100.0 : -1.0;
            lines << u"  %1: %2 lots listed, %3 sold (%4% sell-through), no-pay %5, %6 photos per lot; creation to "
                     "first bid %7, bid to hammer %8, hammer to payment %9, payment to shipment %10"_s.arg(
                         dayName(d["day"]), ProviderUtil::decimal(d["lotsListed"], 0),
                         ProviderUtil::decimal(d["lotsSold"], 0), ProviderUtil::decimal(d["sellThroughPercent"], 1),
                         noPay < 0 ? u"n/a"_s : ProviderUtil::decimal(noPay, 1) + u"%"_s,
                         ProviderUtil::decimal(d["avgPhotosPerLot"], 1), minutes(steps["creationToBid"]),
                         minutes(steps["bidToHammer"]), minutes(steps["hammerToPayment"]),
                         minutes(steps["paymentToShipment"]));
        }
        for (const json &s : a["slowSteps"])
            lines << u"  SLOW %1: %2 took %3 min (usually %4)"_s.arg(dayName(s["day"]), stepWords(s["step"]),
                                                                     minutes(s["minutes"]), minutes(s["usualMinutes"]));
    }
    if (data["auctions"].empty())
        lines << u"No auction figures for today or yesterday."_s;
    return lines.join(u'\n');
}

QMap<QString, int> AuctionOpsProvider::attention(const json &data) const
{
    int slow = 0;
    for (const json &a : data["auctions"])
        slow += int(a["slowSteps"].size());
    return {{u"slowAuctionSteps"_s, slow}};
}
