#include "metrics/metricstablemodel.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "common/untilloaded.h"
#include "metrics/metricsformat.h"
#include "services/enginesession.h"
#include "services/metricsservice.h"

#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

using Column = MetricsTable::Column;

QString header(Column column)
{
    switch (column) {
    case Column::Name:
        return MetricsTableModel::tr("Name");
    case Column::Days:
        return MetricsTableModel::tr("Days");
    case Column::Sales:
        return MetricsTableModel::tr("Sales");
    case Column::Transactions:
        return MetricsTableModel::tr("Transactions");
    case Column::AvgTransaction:
        return MetricsTableModel::tr("Avg sale");
    case Column::LaborHours:
        return MetricsTableModel::tr("Labor hours");
    case Column::RevenuePerLaborHour:
        return MetricsTableModel::tr("Revenue / labor hour");
    case Column::Shifts:
        return MetricsTableModel::tr("Shifts");
    case Column::LateShifts:
        return MetricsTableModel::tr("Late");
    case Column::LateShare:
        return MetricsTableModel::tr("Late %");
    case Column::TasksCompleted:
        return MetricsTableModel::tr("Tasks done");
    case Column::TasksOverdue:
        return MetricsTableModel::tr("Tasks overdue");
    case Column::Refunds:
        return MetricsTableModel::tr("Refunds");
    case Column::Complaints:
        return MetricsTableModel::tr("Complaints");
    case Column::TillVariance:
        return MetricsTableModel::tr("Till variance");
    case Column::Customers:
        return MetricsTableModel::tr("Customers");
    }
    return {};
}

QString text(const MetricsTable::Row &r, Column column)
{
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Days:
        return MetricsFormat::count(r.days);
    case Column::Sales:
        return MetricsFormat::money(r.sales);
    case Column::Transactions:
        return r.sales ? MetricsFormat::count(r.transactions) : QString();
    case Column::AvgTransaction:
        return r.sales ? MetricsFormat::money(r.avgTransaction.value_or(0)) : QString();
    case Column::LaborHours:
        return MetricsFormat::hours(r.laborHours);
    case Column::RevenuePerLaborHour:
        return MetricsFormat::perHour(r.revenuePerLaborHour);
    case Column::Shifts:
        return MetricsFormat::count(r.shifts);
    case Column::LateShifts:
        return MetricsFormat::count(r.lateShifts);
    case Column::LateShare:
        return MetricsFormat::share(r.lateShare);
    case Column::TasksCompleted:
        return MetricsFormat::count(r.tasksCompleted);
    case Column::TasksOverdue:
        return MetricsFormat::count(r.tasksOverdue);
    case Column::Refunds:
        return MetricsFormat::count(r.refunds);
    case Column::Complaints:
        return MetricsFormat::count(r.complaints);
    case Column::TillVariance:
        return r.tillVariance ? MetricsFormat::money(r.tillVariance) : QString();
    case Column::Customers:
        return r.customers ? MetricsFormat::count(*r.customers) : QString();
    }
    return {};
}

QVariant value(const MetricsTable::Row &r, Column column)
{
    const auto opt = [](const auto &v) { return v ? QVariant(double(*v)) : QVariant(); };
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Days:
        return r.days;
    case Column::Sales:
        return opt(r.sales);
    case Column::Transactions:
        return r.transactions;
    case Column::AvgTransaction:
        return opt(r.avgTransaction);
    case Column::LaborHours:
        return r.laborHours;
    case Column::RevenuePerLaborHour:
        return opt(r.revenuePerLaborHour);
    case Column::Shifts:
        return r.shifts;
    case Column::LateShifts:
        return r.lateShifts;
    case Column::LateShare:
        return opt(r.lateShare);
    case Column::TasksCompleted:
        return r.tasksCompleted;
    case Column::TasksOverdue:
        return r.tasksOverdue;
    case Column::Refunds:
        return r.refunds;
    case Column::Complaints:
        return r.complaints;
    case Column::TillVariance:
        return opt(r.tillVariance);
    case Column::Customers:
        return opt(r.customers);
    }
    return {};
}

} // namespace

MetricsTableModel::MetricsTableModel(ConsoleSession &session, MetricsTable::Rows rows, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_rowsKind(rows), m_columns(MetricsTable::columns(rows))
{}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return header(m_columns.at(section));
    if (role == Qt::ToolTipRole && m_columns.at(section) == Column::RevenuePerLaborHour)
        return tr("Sales over the hours of the days that have sales data");
    return {};
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const MetricsTable::Row &r = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, column);
    case RowIdRole:
        return r.id;
    case SortValueRole:
        return value(r, column);
    case Qt::TextAlignmentRole:
        return column == Column::Name ? QVariant() : QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter).toInt());
    default:
        return {};
    }
}

bool MetricsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void MetricsTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchNextPage();
}

void MetricsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const Column by = m_columns.at(column);
    const bool descending = order == Qt::DescendingOrder;
    if (by == m_sortBy && descending == m_descending)
        return;
    m_sortBy = by;
    m_descending = descending;
    restart();
}

QCoro::Task<void> MetricsTableModel::setQuery(MetricsQuery query, ContextRequest context)
{
    m_query = std::move(query);
    m_context = std::move(context);
    QCoro::Task<void> restarting = restart();
    co_await restarting;
}

QCoro::Task<void> MetricsTableModel::restart()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    QPointer<MetricsTableModel> self(this);
    QCoro::Task<void> fetching = fetchNextPage();
    co_await fetching;
    // Another query or sort may have come while this one loaded.
    QCoro::Task<void> settling = untilLoaded(self);
    co_await settling;
}

QCoro::Task<void> MetricsTableModel::fetchNextPage()
{
    if (m_loading || m_atEnd || !m_query || !m_context)
        co_return;
    m_loading = true;
    const quint64 generation = m_generation;
    MetricsTable::Request request{*m_query, m_rowsKind, m_sortBy, m_descending, int(m_rows.size()), kPageSize};
    // Not busy(m_loading): a reset (a new generation) takes the flag over from a page still in flight.
    PageTask work(this, [this, generation](const QString &sentence) {
        if (generation != m_generation)
            return; // a failure of a page nobody wants any more
        m_atEnd = true;
        Q_EMIT problem(sentence);
    });
    QCoro::Task<std::optional<MetricsTable::Page>> reading =
        work.run(m_session.engine().metrics().tablePage(request, *m_context));
    const std::optional<MetricsTable::Page> page = co_await reading;
    if (!work.pageAlive() || generation != m_generation)
        co_return;
    if (page) {
        if (!page->rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
            m_rows << page->rows;
            endInsertRows();
            m_total = page->total;
        }
        m_atEnd = page->rows.size() < kPageSize;
    }
    m_loading = false;
    Q_EMIT loaded();
}
