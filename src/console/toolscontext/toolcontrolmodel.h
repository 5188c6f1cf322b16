#pragma once

#include "tools/toolcontrolstore.h"
#include "toolscontext/editedrows.h"

#include <QAbstractTableModel>
#include <QHash>

// The Tools & Context page's tool table: one row per tool of the agent, its controls edited in place (enabled and
// approval as check boxes, cooldowns and the rate limit as numbers — empty means the tool's default), and what
// became of its calls over the last days. Problems are kept per field and shown on the cell (icon and tooltip);
// rows that differ from what was loaded are in bold. Nothing here touches the database.
class ToolControlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Enabled,
        Approval,
        CooldownPerUser,
        CooldownGlobal,
        RateLimit,
        Recent,
        Description,
        ColumnCount
    };

    explicit ToolControlModel(QObject *parent = nullptr);

    void setControls(const QList<ToolControlStore::ToolControl> &controls); // as loaded: nothing changed
    const QList<ToolControlStore::ToolControl> &controls() const { return m_rows.rows(); }
    QList<ToolControlStore::ToolControl> changed() const { return m_rows.changed(); }
    bool hasChanges() const { return !changed().isEmpty(); }
    // Every problem, as "tool — sentence", in row order.
    QStringList problems() const;
    void revert();
    void resetToDefault(int row);
    int rowOf(const QString &toolName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void edited();

private:
    QString fieldProblem(int row, int column) const;
    void rowChanged(int row);

    EditedRows<ToolControlStore::ToolControl> m_rows;
    QHash<QPair<int, int>, QString> m_unreadable; // (row, column) -> text that is not a number, as typed
};
