#include "core/businesscalendar.h"

BusinessCalendar::BusinessCalendar(QTimeZone zone, std::shared_ptr<const Clock> clock)
    : m_zone(std::move(zone)), m_clock(std::move(clock))
{}

bool BusinessCalendar::isKnownZoneId(const QString &zoneId)
{
    return !zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8());
}

QDateTime BusinessCalendar::atUtc(QDate date, QTime wallTime) const
{
    return QDateTime(date, wallTime, m_zone).toUTC();
}
