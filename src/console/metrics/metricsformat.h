#pragma once

#include <QString>
#include <optional>

// How the Metrics page writes its figures: money to the cent, hours to a tenth, and "no sales data" where a figure is
// missing — never a 0 that would read as "sold nothing".
namespace MetricsFormat {
QString money(std::optional<double> usd);
QString perHour(std::optional<double> usd);
QString hours(double hours);
QString share(std::optional<double> fraction);
QString count(qint64 value);
QString noSalesData();
} // namespace MetricsFormat
