#include "core/cronexpression.h"

#include <QStringList>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Field
{
    const char *name;
    int min;
    int max;
    QStringList names; // index + min = value
};

const std::array<Field, 5> kFields = {{
    {"minute", 0, 59, {}},
    {"hour", 0, 23, {}},
    {"day of month", 1, 31, {}},
    {"month",
     1,
     12,
     {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s,
      u"dec"_s}},
    {"day of week", 0, 7, {u"sun"_s, u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s}},
}};

std::optional<int> value(const Field &field, const QString &token)
{
    bool ok = false;
    const int number = token.toInt(&ok);
    if (ok)
        return number;
    const qsizetype named = field.names.indexOf(token.toLower());
    if (named >= 0)
        return int(named) + field.min;
    return std::nullopt;
}

// Parses one field into the values it allows; returns an error sentence fragment or empty.
QString parseField(const Field &field, const QString &text, std::vector<int> &values, bool &restricted)
{
    restricted = text != u"*"_s && text != u"?"_s;
    for (const QString &part : text.split(u',')) {
        if (part.isEmpty())
            return u"the %1 field has an empty item"_s.arg(QString::fromLatin1(field.name));
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return u"the %1 step \"%2\" is not a positive number"_s.arg(QString::fromLatin1(field.name),
                                                                            part.mid(slash + 1));
            range = part.left(slash);
        }
        int from = field.min;
        int to = field.max == 7 ? 6 : field.max;
        if (range != u"*"_s && range != u"?"_s) {
            const QStringList bounds = range.split(u'-');
            if (bounds.size() > 2)
                return u"the %1 range \"%2\" is not valid"_s.arg(QString::fromLatin1(field.name), range);
            const auto low = value(field, bounds.at(0));
            const auto high = bounds.size() == 2 ? value(field, bounds.at(1)) : low;
            if (!low || !high)
                return u"\"%1\" is not a %2"_s.arg(range, QString::fromLatin1(field.name));
            for (const int v : {*low, *high}) {
                if (v < field.min || v > field.max)
                    return u"%1 %2 is out of range %3-%4"_s.arg(QString::fromLatin1(field.name))
                        .arg(v)
                        .arg(field.min)
                        .arg(field.max);
            }
            if (*high < *low)
                return u"the %1 range \"%2\" runs backwards"_s.arg(QString::fromLatin1(field.name), range);
            from = *low;
            to = bounds.size() == 2 || part.contains(u'/') ? *high : *low;
            if (part.contains(u'/') && bounds.size() == 1)
                to = field.max == 7 ? 6 : field.max; // "5/10" means from 5 to the end, every 10
        }
        for (int v = from; v <= to; v += step)
            values.push_back(field.max == 7 && v == 7 ? 0 : v); // 7 is Sunday too
    }
    return {};
}

} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &text, QString *error)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    const auto fail = [&](const QString &problem) -> std::optional<CronExpression> {
        if (error)
            *error = u"The schedule \"%1\" is not valid: %2."_s.arg(text.simplified(), problem);
        return std::nullopt;
    };
    if (parts.size() != 5)
        return fail(u"it needs 5 fields (minute hour day-of-month month day-of-week), not %1"_s.arg(parts.size()));
    CronExpression cron;
    cron.m_text = parts.join(u' ');
    for (size_t i = 0; i < kFields.size(); ++i) {
        std::vector<int> values;
        bool restricted = false;
        if (const QString problem = parseField(kFields[i], parts.at(qsizetype(i)), values, restricted);
            !problem.isEmpty())
            return fail(problem);
        for (const int v : values) {
            switch (i) {
            case 0:
                cron.m_minutes.set(size_t(v));
                break;
            case 1:
                cron.m_hours.set(size_t(v));
                break;
            case 2:
                cron.m_days.set(size_t(v));
                break;
            case 3:
                cron.m_months.set(size_t(v));
                break;
            default:
                cron.m_weekdays.set(size_t(v));
                break;
            }
        }
        if (i == 2)
            cron.m_dayRestricted = restricted;
        if (i == 4)
            cron.m_weekdayRestricted = restricted;
    }
    return cron;
}

bool CronExpression::dayMatches(QDate date) const
{
    const bool day = m_days.test(size_t(date.day()));
    const bool weekday = m_weekdays.test(size_t(date.dayOfWeek() % 7));
    if (m_dayRestricted && m_weekdayRestricted)
        return day || weekday;
    return day && weekday;
}

bool CronExpression::matches(const QDateTime &localTime) const
{
    const QDate date = localTime.date();
    const QTime time = localTime.time();
    return m_months.test(size_t(date.month())) && dayMatches(date) && m_hours.test(size_t(time.hour())) &&
           m_minutes.test(size_t(time.minute()));
}

QDateTime CronExpression::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    const QDateTime start = after.toTimeZone(zone);
    for (QDate date = start.date(); date <= start.date().addYears(5); date = date.addDays(1)) {
        if (!m_months.test(size_t(date.month())) || !dayMatches(date))
            continue;
        for (int hour = 0; hour < 24; ++hour) {
            if (!m_hours.test(size_t(hour)))
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!m_minutes.test(size_t(minute)))
                    continue;
                const QDateTime slot(date, QTime(hour, minute), zone);
                // A wall-clock time in the spring-forward gap does not exist: Qt moves it; we skip it.
                if (slot.time() != QTime(hour, minute) || slot.date() != date)
                    continue;
                if (slot > after)
                    return slot.toUTC();
            }
        }
    }
    return {};
}
