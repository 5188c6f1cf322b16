#include "reportformat.h"

using namespace Qt::Literals::StringLiterals;

QString ReportFormat::money(double usd, const QLocale &locale)
{
    return u"$"_s + locale.toString(usd, 'f', usd < 10 ? 4 : 2);
}

QString ReportFormat::share(qint64 part, qint64 whole, const QLocale &locale)
{
    return whole > 0 ? locale.toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : QString();
}
