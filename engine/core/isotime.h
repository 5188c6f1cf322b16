#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// An instant as ISO 8601 text on the wall clock of a zone, with that zone's offset ("2026-11-24T09:05:00-08:00"):
// exactly what instant.toTimeZone(zone).toString(Qt::ISODate, or Qt::ISODateWithMs) gives, written out directly.
// QDateTime's zone conversion and offset formatting dominated where thousands are written (an export of 100,000
// actions, a large store's context).
namespace IsoTime {
enum class Precision
{
    Seconds,
    Milliseconds
};
// Empty for an invalid instant.
QString inZone(const QDateTime &instant, const QTimeZone &zone, Precision precision = Precision::Seconds);
} // namespace IsoTime
