#pragma once

#include "runs/runcomparison.h"

#include <QAbstractTableModel>

// A run and its replay as one table, read across: the original's call and verdict on the left, the replay's on the
// right, and between them what differs. Differences are marked twice — a symbol and words in the middle column, and
// a background colour on the whole row — so that colour is never the only sign.
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OriginalCall,
        OriginalParameters,
        OriginalVerdict,
        Marker,
        ReplayCall,
        ReplayParameters,
        ReplayVerdict,
        ColumnCount
    };
    static constexpr int DifferenceRole = Qt::UserRole; // RunComparison::Difference, as int

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(RunComparison comparison);
    const RunComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "≠ changed: message" — the marker of a row, in words.
    static QString marker(const RunComparison::Row &row);
    // "would run", "blocked — cooldown: …", "ran": what became of a call.
    static QString verdict(const RecordedRun::Call &call);

private:
    RunComparison m_comparison;
};
