#include "metrics/metricsseries.h"

#include "context/providers/shiftoutcomes.h"
#include "db/sqlsession.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<double> ratio(std::optional<double> numerator, double denominator)
{
    if (!numerator || denominator <= 0)
        return std::nullopt;
    return *numerator / denominator;
}

QString zoneId(const ContextRequest &request)
{
    return QString::fromUtf8(request.calendar.zone().id());
}

} // namespace

std::optional<double> MetricsSeries::Totals::lateShare() const
{
    return shifts > 0 ? std::optional<double>(double(lateShifts) / shifts) : std::nullopt;
}

MetricsSeries::Result MetricsSeries::read(SqlSession &session, const MetricsQuery &query, const ContextRequest &request)
{
    query.validate();
    Result result;
    result.query = query;
    QHash<QDate, qsizetype> index;
    for (QDate day = query.from; day <= query.to; day = day.addDays(1)) {
        index.insert(day, result.days.size());
        Day d;
        d.date = day;
        result.days.append(d);
    }
    const QVariantList period = query.periodParams(request.calendar);
    const QString zone = zoneId(request);

    // The roll-ups: a person's own rows, or the locations' (one location's, or all of them for the business).
    const bool person = query.scope() == MetricsQuery::Scope::Person;
    QString scopeCondition = u"true"_s;
    QVariantList scopeParams;
    if (person) {
        scopeCondition = u"m.user_id = ?::uuid"_s;
        scopeParams << query.userId;
    } else if (query.scope() == MetricsQuery::Scope::Location) {
        scopeCondition = u"m.location_id = ?::uuid"_s;
        scopeParams << query.locationId;
    }
    const QString hours = person ? u"m.hours_worked"_s : u"m.labor_hours"_s;
    const SqlRows daily = session.select(
        u"SELECT timezone(?::text, m.date)::date, sum(m.total_sales), count(m.total_sales), "
        "coalesce(sum(m.transaction_count) FILTER (WHERE m.total_sales IS NOT NULL), 0), coalesce(sum(%1), 0), "
        "coalesce(sum(%1) FILTER (WHERE m.total_sales IS NOT NULL), 0) "
        "FROM %2 m WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz AND %3 GROUP BY 1"_s.arg(
            hours, person ? u"staff_metrics_daily"_s : u"location_metrics_daily"_s, scopeCondition),
        QVariantList{zone} + period + scopeParams);
    Totals &totals = result.totals;
    for (const QVariantList &row : daily.rows) {
        const auto at = index.constFind(row.at(0).toDate());
        if (at == index.cend())
            continue; // a row stamped at some other hour than midnight, outside the period's days
        Day &day = result.days[*at];
        day.hasMetrics = true;
        if (row.at(2).toInt() > 0)
            day.sales = row.at(1).toDouble();
        day.transactions = row.at(3).toLongLong();
        day.laborHours = row.at(4).toDouble();
        day.salesLaborHours = row.at(5).toDouble();
        day.revenuePerLaborHour = ratio(day.sales, day.salesLaborHours);
        ++totals.daysWithMetrics;
        totals.laborHours += day.laborHours;
        if (day.sales) {
            ++totals.daysWithSales;
            totals.sales = totals.sales.value_or(0) + *day.sales;
            totals.transactions += day.transactions;
            totals.salesLaborHours += day.salesLaborHours;
        }
    }
    totals.revenuePerLaborHour = ratio(totals.sales, totals.salesLaborHours);
    totals.avgTransactionValue = ratio(totals.sales, double(totals.transactions));

    // Tasks, refunds and complaints are only known per person: the business's are everyone's.
    if (query.scope() != MetricsQuery::Scope::Location) {
        const SqlRows staff = session.select(
            u"SELECT count(*), coalesce(sum(m.tasks_completed), 0), coalesce(sum(m.tasks_overdue), 0), "
            "coalesce(sum(m.refund_count), 0), coalesce(sum(m.complaint_count), 0) FROM staff_metrics_daily m "
            "WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz AND %1"_s.arg(scopeCondition),
            period + scopeParams);
        const QVariantList &row = staff.rows.front();
        totals.hasStaffFigures = row.at(0).toLongLong() > 0;
        totals.tasksCompleted = row.at(1).toLongLong();
        totals.tasksOverdue = row.at(2).toLongLong();
        totals.refunds = row.at(3).toLongLong();
        totals.complaints = row.at(4).toLongLong();
    }

    QString shiftCondition = u"true"_s;
    if (person)
        shiftCondition = u"sh.user_id = ?::uuid"_s;
    else if (query.scope() == MetricsQuery::Scope::Location)
        shiftCondition = u"sh.location_id = ?::uuid"_s;
    const ShiftOutcomes shifts =
        ShiftOutcomes::counts(session, request, query.from, query.to, shiftCondition, scopeParams);
    const SqlRows lateness = session.select(
        u"SELECT s.day, sum(s.shifts), sum(s.late), sum(s.absences) FROM (%1) s GROUP BY s.day"_s.arg(shifts.sql),
        shifts.params);
    for (const QVariantList &row : lateness.rows) {
        const auto at = index.constFind(row.at(0).toDate());
        if (at == index.cend())
            continue;
        Day &day = result.days[*at];
        day.shifts = row.at(1).toInt();
        day.lateShifts = row.at(2).toInt();
        day.absences = row.at(3).toInt();
        totals.shifts += day.shifts;
        totals.lateShifts += day.lateShifts;
        totals.absences += day.absences;
    }

    result.metricsExist =
        totals.daysWithMetrics > 0 ||
        session
            .scalar(
                u"SELECT EXISTS (SELECT 1 FROM staff_metrics_daily) OR EXISTS (SELECT 1 FROM location_metrics_daily)"_s)
            .toBool();
    return result;
}
