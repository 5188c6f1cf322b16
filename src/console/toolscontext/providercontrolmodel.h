#pragma once

#include "tools/toolcontrolstore.h"
#include "toolscontext/editedrows.h"

#include <QAbstractTableModel>
#include <QHash>

// The Tools & Context page's context table: one row per context provider of the agent, switched on or off, its
// priority (empty: the provider's own), an "always include" note, and — from the latest preview — whether the
// module would be in the context now and how many tokens it takes. Problems show on the cell; rows that differ from
// what was loaded are in bold. Nothing here touches the database.
class ProviderControlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Module,
        Enabled,
        Priority,
        AlwaysInclude,
        Now,
        Tokens,
        Description,
        ColumnCount
    };

    explicit ProviderControlModel(QObject *parent = nullptr);

    void setControls(const QList<ToolControlStore::ProviderControl> &controls); // as loaded: nothing changed
    const QList<ToolControlStore::ProviderControl> &controls() const { return m_rows.rows(); }
    QList<ToolControlStore::ProviderControl> changed() const { return m_rows.changed(); }
    bool hasChanges() const { return !changed().isEmpty(); }
    QStringList problems() const;
    void revert();
    void resetToDefault(int row);
    int rowOf(const QString &moduleId) const;
    // The settings as edited, for the preview.
    QHash<QString, ProviderSettings> settings() const;
    void setPreview(const AssembledContext &context);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void edited();

private:
    struct PreviewState
    {
        QString status; // "included", "switched off by a manager", "over the token budget (…)", an error
        int tokens = 0;
        bool included = false;
    };

    QString fieldProblem(int row, int column) const;
    void rowChanged(int row);

    EditedRows<ToolControlStore::ProviderControl> m_rows;
    QHash<int, QString> m_unreadablePriority; // row -> text that is not a number, as typed
    QHash<QString, PreviewState> m_preview;   // by module id
};
