#include "demo/demotimeline.h"

#include <QTime>

using namespace Qt::Literals::StringLiterals;

DemoTimeline::DemoTimeline(const BusinessCalendar &calendar, int historyDays)
    : m_calendar(calendar), m_now(calendar.nowUtc().toUTC()), m_today(calendar.toLocal(m_now).date()),
      m_historyDays(historyDays)
{}

QDateTime DemoTimeline::at(int day, int minuteOfDay) const
{
    return at(date(day), minuteOfDay);
}

QDateTime DemoTimeline::at(const QDate &date, int minuteOfDay) const
{
    // Shifts that run past midnight land on the next date.
    const QDate actualDate = date.addDays(minuteOfDay / (24 * 60));
    const int minute = minuteOfDay % (24 * 60);
    return m_calendar.atUtc(actualDate, QTime(minute / 60, minute % 60));
}

QDateTime DemoTimeline::roundedFromNow(int minutes, int step) const
{
    const QDateTime local = m_calendar.toLocal(m_now.addSecs(qint64(minutes) * 60));
    const int minuteOfDay = local.time().hour() * 60 + local.time().minute();
    return at(local.date(), minuteOfDay - minuteOfDay % step);
}

QString DemoTimeline::wallClock(const QDateTime &instant) const
{
    return m_calendar.toLocal(instant).toString(u"HH:mm"_s);
}
