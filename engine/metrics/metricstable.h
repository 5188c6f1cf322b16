#pragma once

#include "business/contextrequest.h"
#include "metrics/metricsquery.h"

#include <QList>
#include <optional>

class SqlSession;

// The Metrics page's table: one row per person (who has roll-up rows in the period; with a location chosen, who
// worked a shift there in it) or per location, over the period, sorted by any column and read a page at a time (2,400
// people in the large demo are never read at once). Figures follow MetricsSeries: no sales figure without sales
// data, revenue per labour hour from the sums. Ties are broken by name then id, so pages never overlap.
namespace MetricsTable {

enum class Rows
{
    People,
    Locations
};

enum class Column
{
    Name,
    Days,
    Sales,
    Transactions,
    AvgTransaction,
    LaborHours,
    RevenuePerLaborHour,
    Shifts,
    LateShifts,
    LateShare,
    TasksCompleted, // people only
    TasksOverdue,   // people only
    Refunds,        // people only
    Complaints,     // people only
    TillVariance,   // people only
    Customers,      // locations only
};

// The columns a kind of row has, in the order the console shows them.
QList<Column> columns(Rows rows);

struct Row
{
    QString id;
    QString name;
    int days = 0; // days with roll-up rows
    std::optional<double> sales;
    qint64 transactions = 0;
    std::optional<double> avgTransaction;
    double laborHours = 0;
    std::optional<double> revenuePerLaborHour;
    int shifts = 0;
    int lateShifts = 0;
    std::optional<double> lateShare;
    qint64 tasksCompleted = 0;
    qint64 tasksOverdue = 0;
    qint64 refunds = 0;
    qint64 complaints = 0;
    std::optional<double> tillVariance;
    std::optional<qint64> customers;
};

struct Request
{
    MetricsQuery query; // the period, and for people the location; the person is not a filter here
    Rows rows = Rows::People;
    Column sortBy = Column::Sales;
    bool descending = true; // rows without a figure come last either way
    int offset = 0;
    int limit = 100;
};

struct Page
{
    QList<Row> rows;
    int total = 0; // rows in the whole table
};

Page read(SqlSession &session, const Request &request, const ContextRequest &context);

} // namespace MetricsTable
