#include "runs/runcontrol.h"

using namespace Qt::Literals::StringLiterals;

QString RunControl::cancelledReason(const QString &by)
{
    return by.trimmed().isEmpty() ? u"Cancelled"_s : u"Cancelled by %1"_s.arg(by.trimmed());
}
