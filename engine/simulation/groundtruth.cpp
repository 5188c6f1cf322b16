#include "simulation/groundtruth.h"

using namespace Qt::Literals::StringLiterals;

QString issueKindName(IssueKind kind)
{
    switch (kind) {
    case IssueKind::LateArrival:
        return u"late_arrival"_s;
    case IssueKind::NoShow:
        return u"no_show"_s;
    case IssueKind::OverdueTask:
        return u"overdue_task"_s;
    case IssueKind::BreakDue:
        return u"break_due"_s;
    case IssueKind::UnassignedCash:
        return u"unassigned_cash"_s;
    case IssueKind::WaitingPurchase:
        return u"waiting_purchase"_s;
    }
    return {};
}
