#include "db/sqltimestamp.h"

QDateTime SqlTimestamp::decode(const QVariant &value)
{
    // QPSQL hands back the right instant in the machine's local time: convert, never relabel.
    return value.toDateTime().toUTC();
}
