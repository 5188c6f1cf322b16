#pragma once

#include <QStringList>
#include <QVariant>
#include <vector>

// A result set as plain data, safe to hand across threads. Large tables are fetched page by page by the
// caller (keyset pagination); this type never streams.
struct SqlRows
{
    QStringList columns;
    std::vector<QVariantList> rows;

    bool isEmpty() const { return rows.empty(); }
    qsizetype size() const { return qsizetype(rows.size()); }
    int columnIndex(const QString &name) const { return int(columns.indexOf(name)); }
    QVariant value(qsizetype row, const QString &column) const
    {
        return rows.at(size_t(row)).value(columnIndex(column));
    }
};
