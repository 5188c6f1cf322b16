#include "context/providers/posmetricsprovider.h"

#include "business/staffscope.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

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
    json data = {{"window", window.toJson()}, {"staff", json::array()}, {"locations", json::array()}};

    // Rates are recomputed from the sums (a day of 1 hour must not weigh like a day of 9), over the hours of the days
    // that have sales data (a day without POS data still has hours); the stored daily rate is the fallback where no
    // hours were recorded. The console's Metrics page (MetricsSeries) computes them the same way.
    const SqlRows staff = session.select(
        u"SELECT u.id, u.name, count(*), sum(m.total_sales), sum(m.transaction_count), sum(m.hours_worked), "
        "coalesce(sum(m.total_sales) / nullif(sum(m.hours_worked) FILTER (WHERE m.total_sales IS NOT NULL), 0), "
        "avg(m.revenue_per_labor_hour)), "
        "sum(m.total_sales) / nullif(sum(m.transaction_count), 0), sum(m.tasks_completed), sum(m.tasks_overdue), "
        "sum(m.till_variance_total), sum(m.till_variance_count), sum(m.refund_count), sum(m.complaint_count) "
        "FROM staff_metrics_daily m JOIN users u ON u.id = m.user_id "
        "WHERE %1 AND m.date >= ?::timestamptz AND m.date < ?::timestamptz "
        "GROUP BY u.id, u.name ORDER BY sum(m.total_sales) DESC NULLS LAST, u.name"_s.arg(
            StaffScope::condition(request)),
        windowParams(window));
    for (const QVariantList &row : staff.rows) {
        data["staff"].push_back({{"userId", text(row.at(0))},
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
                                 {"complaintCount", row.at(13).toInt()}});
    }

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
    for (const QVariantList &row : locations.rows) {
        data["locations"].push_back({{"locationId", text(row.at(0))},
                                     {"name", text(row.at(1))},
                                     {"days", row.at(2).toInt()},
                                     {"totalSales", number(row.at(3))},
                                     {"transactionCount", row.at(4).toLongLong()},
                                     {"customerCount", number(row.at(5), 0)},
                                     {"laborHours", number(row.at(6))},
                                     {"revenuePerLaborHour", number(row.at(7))},
                                     {"avgTransactionValue", number(row.at(8))}});
    }
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
    // One arg() call per line: a name may contain "%1", which a chained arg() would substitute again.
    lines << u"By person:"_s;
    if (data["staff"].empty())
        lines << u"- none"_s;
    for (const json &p : data["staff"])
        lines << u"- %1 [user %2]: %3 days, sales %4, %5 transactions (avg %6), %7 h, %8 per labour hour, tasks %9 "
                 "done / %10 overdue, till variance %11 (%12 times), %13 refunds, %14 complaints"_s.arg(
                     str(p["name"]), str(p["userId"]), count(p["days"]), money(p["totalSales"]),
                     count(p["transactionCount"]), money(p["avgTransactionValue"]),
                     ProviderUtil::decimal(p["hoursWorked"], 1), money(p["revenuePerLaborHour"]),
                     count(p["tasksCompleted"]), count(p["tasksOverdue"]), money(p["tillVarianceTotal"]),
                     count(p["tillVarianceCount"]), count(p["refundCount"]), count(p["complaintCount"]));
    lines << u"By location:"_s;
    if (data["locations"].empty())
        lines << u"- none"_s;
    for (const json &l : data["locations"])
        lines << u"- %1 [location %2]: %3 days, sales %4, %5 transactions (avg %6), %7 customers, %8 labour hours, "
                 "%9 per labour hour"_s.arg(str(l["name"]), str(l["locationId"]), count(l["days"]),
                                            money(l["totalSales"]), count(l["transactionCount"]),
                                            money(l["avgTransactionValue"]),
                                            ProviderUtil::decimal(l["customerCount"], 0),
                                            ProviderUtil::decimal(l["laborHours"], 1), money(l["revenuePerLaborHour"]));
    return lines.join(u'\n');
}
