#include "context/providers/posmetricsprovider.h"

#include "business/staffscope.h"
#include "context/contextlists.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::number;
using ProviderUtil::text;

namespace {

using ProviderUtil::str;

QVariantList windowParams(const AnalysisWindow &window)
{
    return {SqlSession::timestamp(window.fromUtc), SqlSession::timestamp(window.toUtc)};
}

} // namespace

QString PosMetricsProvider::moduleId() const
{
    return u"pos-metrics"_s;
}

QString PosMetricsProvider::moduleName() const
{
    return u"Sales Metrics"_s;
}

QString PosMetricsProvider::description() const
{
    return u"Staff and location sales, transactions and revenue per labour hour over the analysis window."_s;
}

bool PosMetricsProvider::isEnabled(SqlSession &session, const ContextRequest &request) const
{
    if (!ProviderUtil::tableExists(session, u"staff_metrics_daily"_s) ||
        !ProviderUtil::tableExists(session, u"location_metrics_daily"_s))
        return false;
    const QVariantList params = windowParams(AnalysisWindow::of(request));
    return session
        .scalar(
            u"SELECT EXISTS (SELECT 1 FROM staff_metrics_daily WHERE date >= ?::timestamptz AND date < ?::timestamptz) "
            "OR EXISTS (SELECT 1 FROM location_metrics_daily WHERE date >= ?::timestamptz AND date < ?::timestamptz)"_s,
            params + params)
        .toBool();
}

json PosMetricsProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const AnalysisWindow window = AnalysisWindow::of(request);
    json data = {{"window", window.toJson()},
                 {"concerns", json::array()},
                 {"staff", json::array()},
                 {"locations", json::array()}};

    // Rates are recomputed from the sums (a day of 1 hour must not weigh like a day of 9), over the hours of the days
    // that have sales data (a day without POS data still has hours); the stored daily rate is the fallback where no
    // hours were recorded. The console's Metrics page (MetricsSeries) computes them the same way.
    const SqlRows staff = session.select(
        u"SELECT u.id, u.name, count(*), sum(m.total_sales), sum(m.transaction_count), sum(m.hours_worked), "
        "coalesce(sum(m.total_sales) / nullif(sum(m.hours_worked) FILTER (WHERE m.total_sales IS NOT NULL), 0), "
        "avg(m.revenue_per_labor_hour)), "
        "sum(m.total_sales) / nullif(sum(m.transaction_count), 0), sum(m.tasks_completed), sum(m.tasks_overdue), "
        "sum(m.till_variance_total), sum(m.till_variance_count), sum(m.refund_count), sum(m.complaint_count), "
        "h.location_id, hl.name "
        "FROM staff_metrics_daily m JOIN users u ON u.id = m.user_id "
        "LEFT JOIN (%2) h ON h.user_id = u.id LEFT JOIN locations hl ON hl.id = h.location_id "
        "WHERE %1 AND m.date >= ?::timestamptz AND m.date < ?::timestamptz "
        "GROUP BY u.id, u.name, h.location_id, hl.name ORDER BY sum(m.total_sales) DESC NULLS LAST, u.name"_s.arg(
            StaffScope::condition(request), window.homeLocationsSql(session)),
        windowParams(window));
    std::vector<json> concerns;
    for (const QVariantList &row : staff.rows) {
        json person = {{"userId", text(row.at(0))},
                       {"name", text(row.at(1))},
                       {"days", row.at(2).toInt()},
                       {"totalSales", number(row.at(3))},
                       {"transactionCount", row.at(4).toLongLong()},
                       {"hoursWorked", number(row.at(5))},
                       {"revenuePerLaborHour", number(row.at(6))},
                       {"avgTransactionValue", number(row.at(7))},
                       {"tasksCompleted", row.at(8).toInt()},
                       {"tasksOverdue", row.at(9).toInt()},
                       {"tillVarianceTotal", number(row.at(10))},
                       {"tillVarianceCount", row.at(11).toInt()},
                       {"refundCount", row.at(12).toInt()},
                       {"complaintCount", row.at(13).toInt()}};
        if (!row.at(14).isNull()) {
            person["locationId"] = text(row.at(14));
            person["location"] = text(row.at(15));
        }
        if (row.at(11).toInt() >= kConcernTillVariances || row.at(13).toInt() >= kConcernComplaints)
            concerns.push_back(person);
        data["staff"].push_back(std::move(person));
    }
    // The most till variances and complaints first.
    std::ranges::stable_sort(concerns, [](const json &a, const json &b) {
        return a["tillVarianceCount"].get<int>() + a["complaintCount"].get<int>() >
               b["tillVarianceCount"].get<int>() + b["complaintCount"].get<int>();
    });
    for (size_t i = 0; i < concerns.size() && i < size_t(kMaxConcerns); ++i)
        data["concerns"].push_back(concerns[i]);
    data["concernsNotListed"] = std::max(0, int(concerns.size()) - kMaxConcerns);

    const SqlRows locations = session.select(
        u"SELECT l.id, l.name, count(*), sum(m.total_sales), sum(m.transaction_count), sum(m.customer_count), "
        "sum(m.labor_hours), "
        "coalesce(sum(m.total_sales) / nullif(sum(m.labor_hours) FILTER (WHERE m.total_sales IS NOT NULL), 0), "
        "avg(m.revenue_per_labor_hour)), "
        "sum(m.total_sales) / nullif(sum(m.transaction_count), 0) "
        "FROM location_metrics_daily m JOIN locations l ON l.id = m.location_id "
        "WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz "
        "GROUP BY l.id, l.name ORDER BY sum(m.total_sales) DESC NULLS LAST, l.name"_s,
        windowParams(window));
    double sales = 0;
    double hours = 0;
    qint64 transactions = 0;
    for (const QVariantList &row : locations.rows) {
        sales += row.at(3).toDouble();
        transactions += row.at(4).toLongLong();
        hours += row.at(7).isNull() ? 0.0 : row.at(6).toDouble();
        data["locations"].push_back({{"locationId", text(row.at(0))},
                                     {"location", text(row.at(1))},
                                     {"name", text(row.at(1))},
                                     {"days", row.at(2).toInt()},
                                     {"totalSales", number(row.at(3))},
                                     {"transactionCount", row.at(4).toLongLong()},
                                     {"customerCount", number(row.at(5), 0)},
                                     {"laborHours", number(row.at(6))},
                                     {"revenuePerLaborHour", number(row.at(7))},
                                     {"avgTransactionValue", number(row.at(8))}});
    }
    data["totals"] = {{"locations", locations.rows.size()},
                      {"totalSales", ProviderUtil::cents(sales)},
                      {"transactionCount", transactions},
                      {"revenuePerLaborHour", hours > 0 ? json(ProviderUtil::cents(sales / hours)) : json()}};
    return data;
}

QString PosMetricsProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto money = [](const json &value) { return ProviderUtil::decimal(value, 2); };
    const auto count = [](const json &value) { return QString::number(value.get<qint64>()); };
    const json &window = data["window"];
    QStringList lines;
    lines << u"## Sales metrics (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                           str(window["lastDay"]));
    if (data.contains("totals")) {
        const json &totals = data["totals"];
        lines << u"Whole business: sales %1, %2 transactions, %3 per labour hour."_s.arg(
            money(totals["totalSales"]), count(totals["transactionCount"]), money(totals["revenuePerLaborHour"]));
    }
    // One arg() call per line: a name may contain "%1", which a chained arg() would substitute again.
    const auto person = [&](const json &p) {
        return u"- %1: %2 days, sales %3, %4 transactions (avg %5), %6 h, %7 per labour hour, tasks %8 "
               "done / %9 overdue, till variance %10 (%11 times), %12 refunds, %13 complaints"_s.arg(
                   ProviderUtil::personLabel(p), count(p["days"]), money(p["totalSales"]), count(p["transactionCount"]),
                   money(p["avgTransactionValue"]), ProviderUtil::decimal(p["hoursWorked"], 1),
                   money(p["revenuePerLaborHour"]), count(p["tasksCompleted"]), count(p["tasksOverdue"]),
                   money(p["tillVarianceTotal"]), count(p["tillVarianceCount"]), count(p["refundCount"]),
                   count(p["complaintCount"]));
    };
    ContextLists::appendSection(
        lines, data, u"concerns"_s,
        u"Till variances %1+ times or complaints %2+ (most first)"_s.arg(kConcernTillVariances).arg(kConcernComplaints),
        person);
    if (const int rest = data.value("concernsNotListed", 0); rest > 0)
        lines << u"  (%1 more not listed)"_s.arg(rest);
    ContextLists::appendSection(lines, data, u"staff"_s, u"By person (most sales first)"_s, person);
    ContextLists::appendSection(lines, data, u"locations"_s, u"By location (most sales first)"_s, [&](const json &l) {
        return u"- %1 [location %2]: %3 days, sales %4, %5 transactions (avg %6), %7 customers, %8 labour hours, "
               "%9 per labour hour"_s.arg(str(l["name"]), str(l["locationId"]), count(l["days"]),
                                          money(l["totalSales"]), count(l["transactionCount"]),
                                          money(l["avgTransactionValue"]), ProviderUtil::decimal(l["customerCount"], 0),
                                          ProviderUtil::decimal(l["laborHours"], 1), money(l["revenuePerLaborHour"]));
    });
    return lines.join(u'\n');
}

QMap<QString, int> PosMetricsProvider::attention(const json &data) const
{
    return {{u"concerns"_s, ContextLists::total(data, u"concerns"_s) + data.value("concernsNotListed", 0)}};
}

QList<ContextList> PosMetricsProvider::lists() const
{
    return {{u"concerns"_s, true}, {u"staff"_s, false}, {u"locations"_s, false}};
}
