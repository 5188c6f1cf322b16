#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

// Reading a `timestamptz` column from a result row as the instant it is, in UTC.
namespace SqlTimestamp {
QDateTime decode(const QVariant &value);

// For reading thousands of rows (an export): the column as whole milliseconds since the epoch, and that back as a UTC
// instant. The driver's own timestamps go through the machine's local time, and glibc checks the local time zone's
// file again for every value; this never touches it.
QString epochMillisSql(const QString &column);
QDateTime fromEpochMillis(const QVariant &value);
} // namespace SqlTimestamp
