#include "db/sqltimestamp.h"

QDateTime SqlTimestamp::decode(const QVariant &value)
{
    // QPSQL hands back the right instant in the machine's local time: convert, never relabel.
    return value.toDateTime().toUTC();
}

QString SqlTimestamp::epochMillisSql(const QString &column)
{
    // Truncated to the millisecond first: PostgreSQL 13's extract() is a double, and rounding a whole number of
    // milliseconds is exact where flooring 1795543199.123 * 1000 is not.
    return QStringLiteral("round(extract(epoch FROM date_trunc('milliseconds', %1)) * 1000)::bigint").arg(column);
}

QDateTime SqlTimestamp::fromEpochMillis(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
