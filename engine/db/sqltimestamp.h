#pragma once

#include <QDateTime>
#include <QVariant>

// Reading a `timestamptz` column from a result row as the instant it is, in UTC.
namespace SqlTimestamp {
QDateTime decode(const QVariant &value);
} // namespace SqlTimestamp
