#pragma once

#include "core/clock.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <memory>

// Dates and times in the business's time zone (a setting stored in the database, shared by every machine),
// never the machine's. "Today", "this morning at 9" and "business day boundaries" all come from here.
class BusinessCalendar
{
public:
    static constexpr auto kDefaultZoneId = "America/Los_Angeles";

    explicit BusinessCalendar(QTimeZone zone = QTimeZone(kDefaultZoneId),
                              std::shared_ptr<const Clock> clock = Clock::system());

    // An IANA zone id the machine's tz database knows, e.g. "America/Los_Angeles".
    static bool isKnownZoneId(const QString &zoneId);

    const QTimeZone &zone() const { return m_zone; }
    const Clock &clock() const { return *m_clock; }

    QDateTime nowUtc() const { return m_clock->nowUtc(); }
    QDateTime nowLocal() const { return toLocal(nowUtc()); }
    QDate today() const { return nowLocal().date(); }

    QDateTime toLocal(const QDateTime &instant) const { return instant.toTimeZone(m_zone); }
    // The instant a wall-clock time on a business date happens, in UTC. Times that fall into a DST gap move
    // forward, as the store's clocks do.
    QDateTime atUtc(QDate date, QTime wallTime) const;
    QDateTime startOfDayUtc(QDate date) const { return atUtc(date, QTime(0, 0)); }

private:
    QTimeZone m_zone;
    std::shared_ptr<const Clock> m_clock;
};
