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
} // namespace ContextFormat
