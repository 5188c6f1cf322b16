#pragma once

#include <QList>

// Rows a table edits in place, beside the rows as they were loaded: a row has changed when its `settings` no longer
// equal the loaded row's. What the Tools & Context page's tool and context tables share.
template <typename Row>
class EditedRows
{
public:
    void load(const QList<Row> &rows) { m_loaded = m_rows = rows; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Row> &loaded() const { return m_loaded; }

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &at(qsizetype row) const { return m_rows.at(row); }
    Row &operator[](qsizetype row) { return m_rows[row]; }

    bool isChanged(qsizetype row) const { return !(m_rows.at(row).settings == m_loaded.at(row).settings); }
    QList<Row> changed() const
    {
        QList<Row> rows;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (isChanged(row))
                rows << m_rows.at(row);
        }
        return rows;
    }
    // The first row whose `key` member equals `value`, or -1.
    template <typename Key>
    int indexOf(Key Row::*key, const Key &value) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).*key == value)
                return int(row);
        }
        return -1;
    }

private:
    QList<Row> m_loaded;
    QList<Row> m_rows;
};
