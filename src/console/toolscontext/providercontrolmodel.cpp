#include "toolscontext/providercontrolmodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;
using ToolControlStore::ProviderControl;

ProviderControlModel::ProviderControlModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderControlModel::setControls(const QList<ProviderControl> &controls)
{
    beginResetModel();
    m_rows.load(controls);
    m_unreadablePriority.clear();
    endResetModel();
}

QString ProviderControlModel::fieldProblem(int row, int column) const
{
    if (column == Priority && m_unreadablePriority.contains(row))
        return tr("\"%1\" is not a priority (1-100).").arg(m_unreadablePriority.value(row));
    const QString field = column == Priority ? u"priority"_s : column == AlwaysInclude ? u"alwaysInclude"_s : QString();
    if (field.isEmpty())
        return {};
    for (const FieldProblem &problem : ToolControlStore::validate(m_rows.at(row))) {
        if (problem.field == field)
            return problem.message;
    }
    return {};
}

QStringList ProviderControlModel::problems() const
{
    QStringList all;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (const int column : {Priority, AlwaysInclude}) {
            if (const QString problem = fieldProblem(row, column); !problem.isEmpty())
                all << u"%1 — %2"_s.arg(m_rows.at(row).moduleName, problem);
        }
    }
    return all;
}

void ProviderControlModel::revert()
{
    setControls(m_rows.loaded());
    Q_EMIT edited();
}

void ProviderControlModel::resetToDefault(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].settings = ProviderSettings{};
    m_unreadablePriority.remove(row);
    rowChanged(row);
}

int ProviderControlModel::rowOf(const QString &moduleId) const
{
    return m_rows.indexOf(&ProviderControl::moduleId, moduleId);
}

QHash<QString, ProviderSettings> ProviderControlModel::settings() const
{
    QHash<QString, ProviderSettings> all;
    for (const ProviderControl &p : m_rows.rows())
        all.insert(p.moduleId, p.settings);
    return all;
}

void ProviderControlModel::setPreview(const AssembledContext &context)
{
    m_preview.clear();
    // A split run shows a module in each call: its tokens add up.
    for (const AssembledContext &call : context.calls()) {
        for (const ContextModule &module : call.modules) {
            PreviewState &state = m_preview[module.moduleId];
            state.included = true;
            state.tokens += module.tokenEstimate;
            if (!module.hasDetails || module.detail == ContextDetail::Full)
                state.status = state.status.isEmpty() ? tr("included") : state.status;
            else
                state.status = module.detail == ContextDetail::Summary
                                   ? tr("included; the rest as counts per location (%1)").arg(module.detailReason)
                                   : tr("included; the rest as totals (%1)").arg(module.detailReason);
        }
    }
    for (const AssembledContext::Omission &omission : context.omitted)
        m_preview.insert(omission.moduleId, {omission.failed ? tr("failed: %1").arg(omission.reason)
                                                             : tr("left out: %1").arg(omission.reason),
                                             omission.tokenEstimate, false});
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Now), index(int(m_rows.size()) - 1, Tokens));
}

void ProviderControlModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
}

int ProviderControlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProviderControlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderControlModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProviderControl &p = m_rows.at(index.row());
    const int column = index.column();
    const auto preview = m_preview.constFind(p.moduleId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Module:
            return p.moduleName;
        case Priority:
            if (m_unreadablePriority.contains(index.row()))
                return m_unreadablePriority.value(index.row());
            if (role == Qt::EditRole)
                return p.settings.priorityOverride ? QString::number(*p.settings.priorityOverride) : QString();
            return p.settings.priorityOverride ? QString::number(*p.settings.priorityOverride)
                                               : tr("%1 (its own)").arg(p.defaultPriority);
        case AlwaysInclude:
            return role == Qt::EditRole ? p.settings.alwaysInclude : p.settings.alwaysInclude.simplified();
        case Now:
            return preview == m_preview.cend() ? QString() : preview->status;
        case Tokens:
            return preview == m_preview.cend() || (!preview->included && preview->tokens == 0)
                       ? QVariant()
                       : QVariant(preview->tokens);
        case Description:
            return p.description;
        default:
            return {};
        }
        return {};
    case Qt::CheckStateRole:
        if (column == Enabled)
            return p.settings.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (!fieldProblem(index.row(), column).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (const QString problem = fieldProblem(index.row(), column); !problem.isEmpty())
            return problem;
        switch (column) {
        case Module:
            return tr("%1 (module id %2)").arg(p.moduleName, p.moduleId);
        case Priority:
            return tr("Where the module goes in the context: 1-20 critical state, 21-40 pending actions, 41-60 "
                      "communication, 61-80 analytics, 81-100 enrichment; lower goes first and is cut last. Empty: "
                      "its own (%1).")
                .arg(p.defaultPriority);
        case AlwaysInclude:
            return p.settings.alwaysInclude.isEmpty()
                       ? tr("A note the agent always reads with this module, e.g. \"Ignore the back office clock.\"")
                       : p.settings.alwaysInclude;
        case Now:
            return tr("In the context the agent would get now, with these settings (saved or not).");
        case Description:
            return p.description;
        default:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Tokens || column == Priority)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter).toInt());
        return {};
    case Qt::FontRole:
        if (m_rows.isChanged(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProviderControlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Module:
        return tr("Module");
    case Enabled:
        return tr("Enabled");
    case Priority:
        return tr("Priority");
    case AlwaysInclude:
        return tr("Always include");
    case Now:
        return tr("In the context now");
    case Tokens:
        return tr("Tokens");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags ProviderControlModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Enabled:
        return flags | Qt::ItemIsUserCheckable;
    case Priority:
    case AlwaysInclude:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

bool ProviderControlModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    ProviderSettings &s = m_rows[row].settings;
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == Enabled) {
        s.enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role == Qt::EditRole && column == Priority) {
        const QString text = value.toString().trimmed();
        m_unreadablePriority.remove(row);
        bool ok = true;
        const int number = text.toInt(&ok);
        if (text.isEmpty())
            s.priorityOverride.reset();
        else if (ok)
            s.priorityOverride = number;
        else
            m_unreadablePriority.insert(row, text);
    } else if (role == Qt::EditRole && column == AlwaysInclude) {
        s.alwaysInclude = value.toString().trimmed();
    } else {
        return false;
    }
    rowChanged(row);
    return true;
}
