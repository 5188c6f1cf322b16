#include "metrics/metricsformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

QString MetricsFormat::noSalesData()
{
    return QCoreApplication::translate("MetricsFormat", "no sales data");
}

QString MetricsFormat::money(std::optional<double> usd)
{
    if (!usd)
        return noSalesData();
    return (*usd < 0 ? u"-$"_s : u"$"_s) + QLocale().toString(std::abs(*usd), 'f', 2);
}

QString MetricsFormat::perHour(std::optional<double> usd)
{
    return usd ? money(usd) + u"/h"_s : noSalesData();
}

QString MetricsFormat::hours(double hours)
{
    return QLocale().toString(hours, 'f', 1) + u" h"_s;
}

QString MetricsFormat::share(std::optional<double> fraction)
{
    return fraction ? QLocale().toString(*fraction * 100, 'f', 1) + u" %"_s : QString();
}

QString MetricsFormat::count(qint64 value)
{
    return QLocale().toString(value);
}
