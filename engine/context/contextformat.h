#pragma once

#include "core/businesscalendar.h"

#include <QString>

// Small, shared ways of putting data into prompt text: times in the business's zone, ids the model can copy into
// UUID parameters, and staff-written text fenced off as data.
namespace ContextFormat {
// "14:05", or "Mon 23 Nov 14:05" when not today (business dates).
QString localTime(const QDateTime &instant, const BusinessCalendar &calendar);
// ISO 8601 with the business zone's offset, for the structured data.
QString localIso(const QDateTime &instant, const BusinessCalendar &calendar);
QString hours(double value);
// Staff-written text (task titles, notes, messages) as a quoted, fenced value the model must not obey.
QString fenced(const QString &staffText);
// The instruction that goes with fenced text, once per prompt.
QString fenceRule();

// Times a module's data already holds in the business's zone (localIso's text) put into the prompt by reading the
// date and clock off the text instead of parsing and converting each again: a module of thousands of shifts formats
// in a fraction of the time. Text in any other form is parsed and converted as localTime does.
class LocalTimes
{
public:
    explicit LocalTimes(const BusinessCalendar &calendar);
    QString time(const QString &iso) const;  // as localTime: "14:05", or "Mon 23 Nov 14:05" when not today
    QString clock(const QString &iso) const; // "14:05"
    QDate date(const QString &iso) const;    // the business date

private:
    // The local date and "HH:mm" of a localIso text; false for anything else.
    static bool read(const QString &iso, QDate &date, QString &clock);
    QDateTime local(const QString &iso) const;

    const BusinessCalendar &m_calendar;
    QDate m_today;
    mutable QDate m_lastDate; // the last date shown, and how
    mutable QString m_lastDay;
};
} // namespace ContextFormat
