#include "metrics/metricsquery.h"

#include "core/businesscalendar.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

MetricsQuery::Scope MetricsQuery::scope() const
{
    if (!userId.isEmpty())
        return Scope::Person;
    return locationId.isEmpty() ? Scope::Business : Scope::Location;
}

void MetricsQuery::validate() const
{
    if (!from.isValid() || !to.isValid() || to < from)
        throw DbError(DbError::Kind::Usage, u"Choose a period whose last day is not before its first."_s);
    if (days() > kMaxDays)
        throw DbError(DbError::Kind::Usage,
                      u"Choose a period of at most %1 days (this one has %2)."_s.arg(kMaxDays).arg(days()));
    for (const QString &id : {locationId, userId}) {
        if (!id.isEmpty() && QUuid::fromString(id).isNull())
            throw DbError(DbError::Kind::Usage, u"\"%1\" is not a TeamTime id."_s.arg(id));
    }
}

QVariantList MetricsQuery::periodParams(const BusinessCalendar &calendar) const
{
    return {SqlSession::timestamp(calendar.startOfDayUtc(from)),
            SqlSession::timestamp(calendar.startOfDayUtc(to.addDays(1)))};
}
