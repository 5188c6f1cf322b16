#include "dryrun/runcomparisonmodel.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;
using Difference = RunComparison::Difference;

namespace {

QString about(const RecordedRun::Call &call)
{
    const QString who = !call.targetName.isEmpty() ? call.targetName : call.targetUserId;
    return who.isEmpty() ? call.tool : u"%1 → %2"_s.arg(call.tool, who);
}

QColor background(Difference difference)
{
    switch (difference) {
    case Difference::Same:
        return {};
    case Difference::Changed:
        return QColor(0xff, 0xf0, 0xc2); // amber
    case Difference::Added:
        return QColor(0xd6, 0xf0, 0xdc); // green
    case Difference::Removed:
        return QColor(0xf8, 0xd7, 0xda); // red
    }
    return {};
}

} // namespace

void RunComparisonModel::setComparison(RunComparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int RunComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int RunComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunComparisonModel::marker(const RunComparison::Row &row)
{
    switch (row.difference) {
    case Difference::Same:
        return tr("= same");
    case Difference::Changed:
        return tr("≠ changed: %1").arg(row.changedKeys.join(u", "_s));
    case Difference::Added:
        return tr("+ only in the replay");
    case Difference::Removed:
        return tr("− only in the original");
    }
    return {};
}

QString RunComparisonModel::verdict(const RecordedRun::Call &call)
{
    const QString why = call.reason.isEmpty() ? QString() : u" — "_s + call.reason;
    if (call.status == u"dry_run"_s)
        return call.wouldNeedApproval ? tr("would wait for a manager's approval") : tr("would run");
    if (call.status == u"executed"_s)
        return tr("ran");
    if (call.status == u"awaiting_approval"_s)
        return tr("waited for a manager's approval");
    if (call.status == u"blocked"_s)
        return tr("blocked") + why;
    if (call.status == u"invalid"_s)
        return tr("invalid") + why;
    if (call.status == u"failed"_s)
        return tr("failed") + why;
    return call.status + why;
}

QVariant RunComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunComparison::Row &row = m_comparison.rows.at(index.row());
    if (role == DifferenceRole)
        return int(row.difference);
    if (role == Qt::BackgroundRole) {
        const QColor colour = background(row.difference);
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    if (role == Qt::ForegroundRole) // legible on the highlight whatever the theme
        return row.difference == Difference::Same ? QVariant() : QVariant(QColor(Qt::black));
    const bool left = index.column() < Marker;
    const std::optional<RecordedRun::Call> &call = left ? row.original : row.replay;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Marker)
            return marker(row);
        return call ? QVariant(QString::fromStdString(call->parameters.dump(2)) + u"\n\n"_s + call->reasoning)
                    : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Marker)
        return marker(row);
    if (!call)
        return role == Qt::AccessibleTextRole ? QVariant(tr("nothing")) : QVariant(u"—"_s);
    switch (index.column()) {
    case OriginalCall:
    case ReplayCall:
        return about(*call);
    case OriginalParameters:
    case ReplayParameters:
        return QString::fromStdString(call->parameters.dump());
    case OriginalVerdict:
    case ReplayVerdict:
        return verdict(*call);
    default:
        return {};
    }
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OriginalCall:
        return tr("Original");
    case OriginalParameters:
    case ReplayParameters:
        return tr("Parameters");
    case OriginalVerdict:
    case ReplayVerdict:
        return tr("Verdict");
    case Marker:
        return tr("Difference");
    case ReplayCall:
        return tr("Replay");
    default:
        return {};
    }
}
