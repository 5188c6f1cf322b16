#include "core/runstatus.h"

using namespace Qt::Literals::StringLiterals;

QString RunStatuses::toText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Completed:
        return u"completed"_s;
    case RunStatus::Skipped:
        return u"skipped"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Waiting:
        return u"waiting"_s;
    }
    return {};
}

std::optional<RunStatus> RunStatuses::fromText(const QString &text)
{
    for (const RunStatus status :
         {RunStatus::Running, RunStatus::Completed, RunStatus::Skipped, RunStatus::Failed, RunStatus::Waiting}) {
        if (toText(status) == text)
            return status;
    }
    return std::nullopt;
}
