#include "toolscontext/toolcontrolmodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;
using ToolControlStore::ToolControl;

namespace {

// The store's field name of each editable column.
QString fieldOf(int column)
{
    switch (column) {
    case ToolControlModel::Enabled:
        return u"enabled"_s;
    case ToolControlModel::Approval:
        return u"requiresApproval"_s;
    case ToolControlModel::CooldownPerUser:
        return u"cooldownPerUser"_s;
    case ToolControlModel::CooldownGlobal:
        return u"cooldownGlobal"_s;
    case ToolControlModel::RateLimit:
        return u"rateLimit"_s;
    default:
        return {};
    }
}

QString minutes(int value)
{
    return value == 0 ? QObject::tr("none") : QString::number(value);
}

QString recentText(const ToolControlStore::Outcomes &o)
{
    if (o.total() == 0)
        return QObject::tr("no calls");
    QStringList parts;
    if (o.executed)
        parts << QObject::tr("%1 executed").arg(o.executed);
    if (o.blocked()) {
        QStringList by;
        for (auto it = o.blockedBy.cbegin(); it != o.blockedBy.cend(); ++it)
            by << u"%1 %2"_s.arg(it.key()).arg(it.value());
        parts << QObject::tr("%1 blocked (%2)").arg(o.blocked()).arg(by.join(u", "_s));
    }
    if (o.awaitingApproval)
        parts << QObject::tr("%1 awaiting approval").arg(o.awaitingApproval);
    if (o.dryRun)
        parts << QObject::tr("%1 dry run").arg(o.dryRun);
    if (o.invalid)
        parts << QObject::tr("%1 invalid").arg(o.invalid);
    if (o.failed)
        parts << QObject::tr("%1 failed").arg(o.failed);
    return parts.join(u" · "_s);
}

} // namespace

ToolControlModel::ToolControlModel(QObject *parent) : QAbstractTableModel(parent) {}

void ToolControlModel::setControls(const QList<ToolControl> &controls)
{
    beginResetModel();
    m_rows.load(controls);
    m_unreadable.clear();
    endResetModel();
}

QString ToolControlModel::fieldProblem(int row, int column) const
{
    if (const auto it = m_unreadable.constFind({row, column}); it != m_unreadable.cend())
        return column == RateLimit ? tr("\"%1\" is not a number of calls an hour.").arg(*it)
                                   : tr("\"%1\" is not a number of minutes.").arg(*it);
    const QString field = fieldOf(column);
    for (const FieldProblem &problem : ToolControlStore::validate(m_rows.at(row))) {
        if (problem.field == field)
            return problem.message;
    }
    return {};
}

QStringList ToolControlModel::problems() const
{
    QStringList all;
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = Enabled; column <= RateLimit; ++column) {
            if (const QString problem = fieldProblem(row, column); !problem.isEmpty())
                all << u"%1 — %2"_s.arg(m_rows.at(row).name, problem);
        }
    }
    return all;
}

void ToolControlModel::revert()
{
    setControls(m_rows.loaded());
    Q_EMIT edited();
}

void ToolControlModel::resetToDefault(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].settings = m_rows.at(row).defaults;
    for (int column = Enabled; column <= RateLimit; ++column)
        m_unreadable.remove({row, column});
    rowChanged(row);
}

int ToolControlModel::rowOf(const QString &toolName) const
{
    return m_rows.indexOf(&ToolControl::name, toolName);
}

void ToolControlModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
}

int ToolControlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ToolControlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolControlModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ToolControl &t = m_rows.at(index.row());
    const ToolSettings &s = t.settings;
    const int column = index.column();
    const auto unreadable = m_unreadable.constFind({index.row(), column});
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (unreadable != m_unreadable.cend())
            return *unreadable;
        switch (column) {
        case Name:
            return t.name;
        case CooldownPerUser:
            return role == Qt::EditRole ? QString::number(s.cooldown.perUserMinutes)
                                        : minutes(s.cooldown.perUserMinutes);
        case CooldownGlobal:
            return role == Qt::EditRole ? QString::number(s.cooldown.globalMinutes) : minutes(s.cooldown.globalMinutes);
        case RateLimit:
            return s.rateLimitPerHour ? QString::number(*s.rateLimitPerHour)
                                      : (role == Qt::EditRole ? QString() : tr("no limit"));
        case Recent:
            return recentText(t.recent);
        case Description:
            return t.description;
        default:
            return {};
        }
        return {};
    case Qt::CheckStateRole:
        if (column == Enabled)
            return s.enabled ? Qt::Checked : Qt::Unchecked;
        if (column == Approval)
            return s.requiresApproval ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (!fieldProblem(index.row(), column).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        if (const QString problem = fieldProblem(index.row(), column); !problem.isEmpty())
            return problem;
        const ToolSettings &d = t.defaults;
        switch (column) {
        case Approval:
            return d.requiresApproval
                       ? tr("This tool always waits for a manager's approval.")
                       : tr("Default: runs without approval. Tick to have a manager approve every call.");
        case CooldownPerUser:
            return tr("Minutes before the tool may be used again for the same person; 0 for none. Default: %1.")
                .arg(minutes(d.cooldown.perUserMinutes));
        case CooldownGlobal:
            return tr("Minutes before the tool may be used again at all; 0 for none. Default: %1.")
                .arg(minutes(d.cooldown.globalMinutes));
        case RateLimit:
            return tr("Most calls that may run in an hour; empty for the default (%1).")
                .arg(d.rateLimitPerHour ? QString::number(*d.rateLimitPerHour) : tr("no limit"));
        case Recent:
            return tr("What became of its calls in the last %1 days.").arg(ToolControlStore::kRecentDays);
        case Description:
            return t.description;
        default:
            return t.isDefault() ? tr("As the tool defines it.") : tr("Changed from the tool's defaults.");
        }
        return {};
    }
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

QVariant ToolControlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Tool");
    case Enabled:
        return tr("Enabled");
    case Approval:
        return tr("Needs approval");
    case CooldownPerUser:
        return tr("Cooldown per person (min)");
    case CooldownGlobal:
        return tr("Global cooldown (min)");
    case RateLimit:
        return tr("Rate limit (per hour)");
    case Recent:
        return tr("Last %1 days").arg(ToolControlStore::kRecentDays);
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags ToolControlModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Enabled:
        return flags | Qt::ItemIsUserCheckable;
    case Approval:
        // A manager can require approval, never remove the tool's own requirement.
        return m_rows.at(index.row()).defaults.requiresApproval ? Qt::ItemIsSelectable
                                                                : flags | Qt::ItemIsUserCheckable;
    case CooldownPerUser:
    case CooldownGlobal:
    case RateLimit:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

bool ToolControlModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const int row = index.row();
    ToolControl &t = m_rows[row];
    ToolSettings &s = t.settings;
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (column == Enabled)
            s.enabled = on;
        else if (column == Approval)
            s.requiresApproval = on;
        else
            return false;
        rowChanged(row);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    m_unreadable.remove({row, column});
    bool ok = true;
    const int number = text.toInt(&ok);
    if (!text.isEmpty() && !ok) {
        m_unreadable.insert({row, column}, text);
    } else if (column == CooldownPerUser) {
        s.cooldown.perUserMinutes = text.isEmpty() ? t.defaults.cooldown.perUserMinutes : number;
    } else if (column == CooldownGlobal) {
        s.cooldown.globalMinutes = text.isEmpty() ? t.defaults.cooldown.globalMinutes : number;
    } else if (column == RateLimit) {
        s.rateLimitPerHour = text.isEmpty() ? t.defaults.rateLimitPerHour : std::optional<int>(number);
    }
    rowChanged(row);
    return true;
}
