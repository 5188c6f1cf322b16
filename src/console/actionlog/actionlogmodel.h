#pragma once

#include "actions/actionlog.h"

#include <QAbstractTableModel>
#include <QCoroTask>
#include <QTimeZone>

class ConsoleSession;

// The action log as a table that stays instant at a million rows: it holds only the pages fetched so far, asks the
// engine for the next page (keyset, on a worker) when the view scrolls to the end, and prepends rows newer than
// the first one on refreshNewer(), so the user's selection (persistent indexes) survives. data() never runs SQL.
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Agent,
        Status,
        Tool,
        Person,
        Detail,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ActionLogModel(ConsoleSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    // A new filter: the table starts again from the newest row. Completes once the first page of the filter in
    // force is in (a newer one's, if another came meanwhile).
    QCoro::Task<void> setFilter(ActionLog::Filter filter);
    QCoro::Task<void> fetchNextPage();
    // Rows newer than the first one shown, inserted at the top; returns how many.
    QCoro::Task<int> refreshNewer();

    const ActionLog::Entry &entry(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    bool reachedEnd() const { return m_atEnd; }

Q_SIGNALS:
    void problem(const QString &sentence);
    void loaded();

private:
    ConsoleSession &m_session;
    ActionLog::Filter m_filter;
    QList<ActionLog::Entry> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    quint64 m_generation = 0; // a fetch started under an older filter is dropped
    bool m_loading = false;
    bool m_atEnd = false;
};
