#pragma once

#include "business/contextrequest.h"
#include "metrics/metricsquery.h"

#include <QList>
#include <optional>

class SqlSession;

// The Metrics page's figures for a period and scope, per business day and in total: sales, transactions and labour
// hours from the daily roll-ups (location_metrics_daily for the business and a location, staff_metrics_daily for a
// person), and lateness from shifts and time entries by ShiftAttendance's rule. Every day of the period is present.
// Sales are NULL on days without POS data: such a day has no sales figure (not zero), and its hours do not count
// towards revenue per labour hour, which is always total sales over the hours of the days that have sales — never
// an average of daily rates.
namespace MetricsSeries {

struct Day
{
    QDate date;
    bool hasMetrics = false;     // any roll-up row that day
    std::optional<double> sales; // nullopt: no sales data
    qint64 transactions = 0;     // on rows with sales data
    double laborHours = 0;       // every row
    double salesLaborHours = 0;  // the hours of rows with sales data
    std::optional<double> revenuePerLaborHour;
    int shifts = 0; // shifts that have started (business day of the start)
    int lateShifts = 0;
    int absences = 0; // shifts that have ended with nobody clocked in
};

struct Totals
{
    std::optional<double> sales;
    qint64 transactions = 0;
    double laborHours = 0;
    double salesLaborHours = 0;
    std::optional<double> revenuePerLaborHour;
    std::optional<double> avgTransactionValue;
    int daysWithMetrics = 0;
    int daysWithSales = 0;
    int shifts = 0;
    int lateShifts = 0;
    int absences = 0;
    // From staff_metrics_daily: the business's or the person's (not known per location).
    bool hasStaffFigures = false;
    qint64 tasksCompleted = 0;
    qint64 tasksOverdue = 0;
    qint64 refunds = 0;
    qint64 complaints = 0;

    std::optional<double> lateShare() const; // late shifts over shifts, nullopt without shifts
};

struct Result
{
    MetricsQuery query;
    QList<Day> days;
    Totals totals;
    bool metricsExist = false; // any roll-up row at all, any day: false means nothing has been rolled up or imported
};

// Throws DbError(Usage) for a bad query (MetricsQuery::validate), DbError otherwise.
Result read(SqlSession &session, const MetricsQuery &query, const ContextRequest &request);

} // namespace MetricsSeries
