#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// How the reports write money and shares, the same on the Reports page and in the PDF.
namespace ReportFormat {
// "$0.0246" under ten dollars (agent runs cost cents), "$12.50" above.
QString money(double usd, const QLocale &locale = QLocale());
// "12.5 %" of `whole`; empty when there is no whole.
QString share(qint64 part, qint64 whole, const QLocale &locale = QLocale());
// "7 Dec 14:32" in `zone`: QLocale::c().toString(utc.toTimeZone(zone), "d MMM HH:mm"), without the format string's
// parsing on each of a report's 100,000 rows.
QString shortTime(const QDateTime &utc, const QTimeZone &zone);
} // namespace ReportFormat
