#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <bitset>
#include <optional>

// A five-field cron schedule ("minute hour day-of-month month day-of-week", as in ai_config.cron_schedule), read in
// the business's time zone. Supports *, lists, ranges, steps (*/15, 9-17/2), month and weekday names, and 7 for
// Sunday. When both day fields are restricted a day matches either, as in Vixie cron. Wall-clock times that do not
// exist (the spring-forward gap) are skipped; a time that happens twice (fall back) fires once.
class CronExpression
{
public:
    // nullopt with *error set to one sentence naming the field and the problem.
    static std::optional<CronExpression> parse(const QString &text, QString *error = nullptr);

    const QString &text() const { return m_text; }
    bool matches(const QDateTime &localTime) const;
    // The first slot strictly after `after`, as a UTC instant; invalid when none falls within five years.
    QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;

private:
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;    // 1-31
    std::bitset<13> m_months;  // 1-12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_dayRestricted = false;
    bool m_weekdayRestricted = false;

    bool dayMatches(QDate date) const;
};
