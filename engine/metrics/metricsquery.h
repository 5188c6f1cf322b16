#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

class BusinessCalendar;

// What the Metrics page asks about: a period of business days (both ends included, at most kMaxDays) and a scope —
// the whole business, one location, or one person (a person wins over a location).
struct MetricsQuery
{
    static constexpr int kMaxDays = 366;
    enum class Scope
    {
        Business,
        Location,
        Person
    };

    QDate from;
    QDate to;
    QString locationId;
    QString userId;

    Scope scope() const;
    int days() const { return int(from.daysTo(to)) + 1; }
    // Throws DbError(Usage) with one sentence when the period is empty, backwards or too long, or an id is not one.
    void validate() const;
    // [start of `from`, start of the day after `to`) in the business's zone, as bound timestamptz parameters.
    QVariantList periodParams(const BusinessCalendar &calendar) const;
};
