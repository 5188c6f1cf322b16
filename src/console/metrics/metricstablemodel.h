#pragma once

#include "business/contextrequest.h"
#include "metrics/metricstable.h"

#include <QAbstractTableModel>
#include <QCoroTask>
#include <optional>

class ConsoleSession;

// The Metrics page's table of people or locations, read a page at a time on a worker as the view scrolls (2,400
// people are never loaded at once). Sorting asks the engine again from the first page; a page that arrives for an
// older query or sort is dropped. data() never runs SQL. "No sales data" is said, never shown as 0.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int RowIdRole = Qt::UserRole;
    static constexpr int SortValueRole = Qt::UserRole + 1;

    MetricsTableModel(ConsoleSession &session, MetricsTable::Rows rows, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    MetricsTable::Rows rowsKind() const { return m_rowsKind; }
    // A new period or location (and the business's context): the table starts again from the first page.
    QCoro::Task<void> setQuery(MetricsQuery query, ContextRequest context);
    QCoro::Task<void> fetchNextPage();
    const MetricsTable::Row &row(int index) const { return m_rows.at(index); }
    MetricsTable::Column column(int section) const { return m_columns.at(section); }
    int total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool reachedEnd() const { return m_atEnd; }
    MetricsTable::Column sortColumn() const { return m_sortBy; }
    bool sortedDescending() const { return m_descending; }

Q_SIGNALS:
    void problem(const QString &sentence);
    void loaded();

private:
    QCoro::Task<void> restart();

    ConsoleSession &m_session;
    MetricsTable::Rows m_rowsKind;
    QList<MetricsTable::Column> m_columns;
    std::optional<MetricsQuery> m_query;
    std::optional<ContextRequest> m_context;
    MetricsTable::Column m_sortBy = MetricsTable::Column::Sales;
    bool m_descending = true;
    QList<MetricsTable::Row> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};
