#include "metrics/csvtable.h"

int CsvTable::column(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
