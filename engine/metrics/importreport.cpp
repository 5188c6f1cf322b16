#include "metrics/importreport.h"

#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace {

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
    return count == 0 ? QString() : QObject::tr("; %n row(s) with problems", nullptr, count);
}

} // namespace

QString ImportReport::summary() const
{
    switch (outcome) {
    case Outcome::Checked:
        if (rowsRejected == 0)
            return QObject::tr("All %n row(s) can be imported", nullptr, rowsRead) + days(firstDay, lastDay) + u"."_s;
        return QObject::tr("%1 of %n row(s) can be imported", nullptr, rowsRead).arg(rowsGood) +
               days(firstDay, lastDay) + rejected(rowsRejected) + u"."_s;
    case Outcome::Refused:
        if (rowsGood == 0)
            return QObject::tr("Nothing was imported: none of the %n row(s) can be imported.", nullptr, rowsRead);
        return QObject::tr("Nothing was imported: %n row(s) have problems and only a file without any was to be "
                           "imported.",
                           nullptr, rowsRejected);
    case Outcome::Imported:
        break;
    }
    QString text = QObject::tr("Imported %1 of %n row(s)", nullptr, rowsRead).arg(rowsImported);
    QStringList notes;
    if (rowsDuplicate > 0)
        notes << QObject::tr("%n already imported", nullptr, rowsDuplicate);
    if (rowsReplaced > 0)
        notes << QObject::tr("%n replacing earlier figures", nullptr, rowsReplaced);
    if (!notes.isEmpty())
        text += u" ("_s + notes.join(u", "_s) + u")"_s;
    return text + days(firstDay, lastDay) + rejected(rowsRejected) + u"."_s;
}
