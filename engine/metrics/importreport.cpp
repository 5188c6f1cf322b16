#include "metrics/importreport.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// "1 row", "2 rows": plain English here; the console's translations wrap the sentences, not the counts.
QString rows(int count)
{
    return count == 1 ? QObject::tr("1 row") : QObject::tr("%1 rows").arg(count);
}

QString days(QDate first, QDate last)
{
    if (!first.isValid())
        return {};
    if (first == last)
        return QObject::tr(" for %1").arg(first.toString(Qt::ISODate));
    return QObject::tr(" for %1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

QString rejected(int count)
{
    return count == 0 ? QString() : QObject::tr("; %1 with problems").arg(rows(count));
}

} // namespace

QString ImportReport::summary() const
{
    switch (outcome) {
    case Outcome::Checked:
        return QObject::tr("%1 of %2 can be imported").arg(rowsGood).arg(rows(rowsRead)) + days(firstDay, lastDay) +
               rejected(rowsRejected) + u"."_s;
    case Outcome::Refused:
        if (rowsGood == 0)
            return QObject::tr("Nothing was imported: no row can be imported.");
        return QObject::tr("Nothing was imported: %1 (all or nothing).")
            .arg(rowsRejected == 1 ? QObject::tr("1 row has problems")
                                   : QObject::tr("%1 rows have problems").arg(rowsRejected));
    case Outcome::Imported:
        break;
    }
    QString text = QObject::tr("Imported %1 of %2").arg(rowsImported).arg(rows(rowsRead));
    QStringList notes;
    if (rowsDuplicate > 0)
        notes << QObject::tr("%1 already imported").arg(rowsDuplicate);
    if (rowsReplaced > 0)
        notes << QObject::tr("%1 replacing earlier figures").arg(rowsReplaced);
    if (!notes.isEmpty())
        text += u" ("_s + notes.join(u", "_s) + u")"_s;
    return text + days(firstDay, lastDay) + rejected(rowsRejected) + u"."_s;
}
