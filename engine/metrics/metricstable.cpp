#include "metrics/metricstable.h"

#include "business/staffscope.h"
#include "context/providers/shiftoutcomes.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The columns every query below returns, in this order.
enum Field
{
    Id,
    Name,
    Days,
    Sales,
    Tx,
    AvgTx,
    Hours,
    Rplh,
    Tc,
    Tov,
    Refunds,
    Complaints,
    Tv,
    Customers,
    Shifts,
    Late,
    Total
};

QString sortExpression(MetricsTable::Column column)
{
    using C = MetricsTable::Column;
    switch (column) {
    case C::Name:
        return u"lower(name)"_s;
    case C::Days:
        return u"days"_s;
    case C::Sales:
        return u"sales"_s;
    case C::Transactions:
        return u"tx"_s;
    case C::AvgTransaction:
        return u"avg_tx"_s;
    case C::LaborHours:
        return u"hours"_s;
    case C::RevenuePerLaborHour:
        return u"rplh"_s;
    case C::Shifts:
        return u"shifts"_s;
    case C::LateShifts:
        return u"late"_s;
    case C::LateShare:
        return u"late::float8 / nullif(shifts, 0)"_s;
    case C::TasksCompleted:
        return u"tc"_s;
    case C::TasksOverdue:
        return u"tov"_s;
    case C::Refunds:
        return u"refunds"_s;
    case C::Complaints:
        return u"complaints"_s;
    case C::TillVariance:
        return u"tv"_s;
    case C::Customers:
        return u"customers"_s;
    }
    return u"lower(name)"_s;
}

bool needsLateness(MetricsTable::Column column)
{
    using C = MetricsTable::Column;
    return column == C::Shifts || column == C::LateShifts || column == C::LateShare;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Sums shared by both roll-up tables: sales only where there is sales data, and the hours of those rows apart.
QString rollupSums(const QString &hours)
{
    return u"count(*) AS days, sum(m.total_sales) AS sales, "
           "coalesce(sum(m.transaction_count) FILTER (WHERE m.total_sales IS NOT NULL), 0) AS tx, "
           "coalesce(sum(%1), 0) AS hours, sum(%1) FILTER (WHERE m.total_sales IS NOT NULL) AS sales_hours"_s.arg(
               hours);
}

} // namespace

QList<MetricsTable::Column> MetricsTable::columns(Rows rows)
{
    QList<Column> list = {Column::Name,
                          Column::Days,
                          Column::Sales,
                          Column::Transactions,
                          Column::AvgTransaction,
                          Column::LaborHours,
                          Column::RevenuePerLaborHour,
                          Column::Shifts,
                          Column::LateShifts,
                          Column::LateShare};
    if (rows == Rows::People)
        list << Column::TasksCompleted << Column::TasksOverdue << Column::Refunds << Column::Complaints
             << Column::TillVariance;
    else
        list << Column::Customers;
    return list;
}

MetricsTable::Page MetricsTable::read(SqlSession &session, const Request &request, const ContextRequest &context)
{
    const MetricsQuery &query = request.query;
    query.validate();
    const QVariantList period = query.periodParams(context.calendar);
    const QString order = u"%1 %2 NULLS LAST, lower(name), id"_s.arg(sortExpression(request.sortBy),
                                                                     request.descending ? u"DESC"_s : u"ASC"_s);
    const QVariantList paging = {std::max(1, request.limit), std::max(0, request.offset)};
    QString sql;
    QVariantList params;
    if (request.rows == Rows::Locations) {
        const ShiftOutcomes shifts = ShiftOutcomes::counts(session, context, query.from, query.to);
        sql = u"SELECT x.*, count(*) OVER () FROM (SELECT l.id, l.name, coalesce(m.days, 0) AS days, m.sales, "
              "coalesce(m.tx, 0) AS tx, m.sales / nullif(m.tx, 0) AS avg_tx, coalesce(m.hours, 0) AS hours, "
              "m.sales / nullif(m.sales_hours, 0) AS rplh, NULL::bigint AS tc, NULL::bigint AS tov, "
              "NULL::bigint AS refunds, NULL::bigint AS complaints, NULL::numeric AS tv, m.customers, "
              "coalesce(a.shifts, 0) AS shifts, coalesce(a.late, 0) AS late FROM locations l "
              "LEFT JOIN (SELECT m.location_id AS id, %1, sum(m.customer_count) AS customers "
              "FROM location_metrics_daily m WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz "
              "GROUP BY m.location_id) m ON m.id = l.id "
              "LEFT JOIN (SELECT s.location_id, sum(s.shifts) AS shifts, sum(s.late) AS late "
              "FROM (%2) s GROUP BY s.location_id) a ON a.location_id = l.id "
              "WHERE m.id IS NOT NULL OR a.location_id IS NOT NULL) x ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(
                  rollupSums(u"m.labor_hours"_s), shifts.sql, order);
        params = period + shifts.params + paging;
    } else {
        QString where = StaffScope::everCondition(context);
        QVariantList whereParams;
        if (!query.locationId.isEmpty()) {
            where += u" AND EXISTS (SELECT 1 FROM shifts sh WHERE sh.user_id = u.id AND sh.location_id = ?::uuid "
                     "AND sh.start_time >= ?::timestamptz AND sh.start_time < ?::timestamptz)"_s;
            whereParams = QVariantList{query.locationId} + period;
        }
        const QString people =
            u"SELECT m.id, u.name, m.days, m.sales, m.tx, m.sales / nullif(m.tx, 0) AS avg_tx, m.hours, "
            "m.sales / nullif(m.sales_hours, 0) AS rplh, m.tc, m.tov, m.refunds, m.complaints, m.tv, "
            "NULL::bigint AS customers FROM (SELECT m.user_id AS id, %1, "
            "coalesce(sum(m.tasks_completed), 0) AS tc, coalesce(sum(m.tasks_overdue), 0) AS tov, "
            "coalesce(sum(m.refund_count), 0) AS refunds, coalesce(sum(m.complaint_count), 0) AS complaints, "
            "sum(m.till_variance_total) AS tv FROM staff_metrics_daily m "
            "WHERE m.date >= ?::timestamptz AND m.date < ?::timestamptz GROUP BY m.user_id) m "
            "JOIN users u ON u.id = m.id WHERE %2"_s.arg(rollupSums(u"m.hours_worked"_s), where);
        const QVariantList peopleParams = period + whereParams;
        if (needsLateness(request.sortBy)) {
            // Sorting by lateness needs everyone's: every shift of the period is weighed.
            const ShiftOutcomes shifts = ShiftOutcomes::counts(session, context, query.from, query.to);
            sql = u"SELECT x.*, count(*) OVER () FROM (SELECT r.*, coalesce(a.shifts, 0) AS shifts, "
                  "coalesce(a.late, 0) AS late FROM (%1) r LEFT JOIN (SELECT s.user_id, sum(s.shifts) AS shifts, "
                  "sum(s.late) AS late FROM (%2) s GROUP BY s.user_id) a ON a.user_id = r.id) x "
                  "ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(people, shifts.sql, order);
            params = peopleParams + shifts.params + paging;
        } else {
            // Otherwise only the page's people: a page of 100 weighs 100 people's shifts, not 2,400.
            const ShiftOutcomes shifts =
                ShiftOutcomes::counts(session, context, query.from, query.to, u"sh.user_id IN (SELECT id FROM p)"_s);
            sql = u"WITH p AS (SELECT x.*, count(*) OVER () AS total FROM (%1) x ORDER BY %3 LIMIT ? OFFSET ?) "
                  "SELECT p.id, p.name, p.days, p.sales, p.tx, p.avg_tx, p.hours, p.rplh, p.tc, p.tov, p.refunds, "
                  "p.complaints, p.tv, p.customers, coalesce(a.shifts, 0) AS shifts, coalesce(a.late, 0) AS late, "
                  "p.total FROM p LEFT JOIN (SELECT s.user_id, sum(s.shifts) AS shifts, sum(s.late) "
                  "AS late FROM (%2) s GROUP BY s.user_id) a ON a.user_id = p.id ORDER BY %3"_s.arg(people, shifts.sql,
                                                                                                    order);
            params = peopleParams + paging + shifts.params;
        }
    }

    const SqlRows rows = session.select(sql, params);
    Page page;
    for (const QVariantList &r : rows.rows) {
        page.total = r.at(Total).toInt();
        Row row;
        row.id = r.at(Id).toString();
        row.name = r.at(Name).toString();
        row.days = r.at(Days).toInt();
        row.sales = optionalDouble(r.at(Sales));
        row.transactions = r.at(Tx).toLongLong();
        row.avgTransaction = optionalDouble(r.at(AvgTx));
        row.laborHours = r.at(Hours).toDouble();
        row.revenuePerLaborHour = optionalDouble(r.at(Rplh));
        row.shifts = r.at(Shifts).toInt();
        row.lateShifts = r.at(Late).toInt();
        if (row.shifts > 0)
            row.lateShare = double(row.lateShifts) / row.shifts;
        row.tasksCompleted = r.at(Tc).toLongLong();
        row.tasksOverdue = r.at(Tov).toLongLong();
        row.refunds = r.at(Refunds).toLongLong();
        row.complaints = r.at(Complaints).toLongLong();
        row.tillVariance = optionalDouble(r.at(Tv));
        if (!r.at(Customers).isNull())
            row.customers = r.at(Customers).toLongLong();
        page.rows << row;
    }
    return page;
}
