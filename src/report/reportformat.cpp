#include "reportformat.h"

using namespace Qt::Literals::StringLiterals;

QString ReportFormat::money(double usd, const QLocale &locale)
{
    return u"$"_s + locale.toString(usd, 'f', usd < 10 ? 4 : 2);
}

QString ReportFormat::share(qint64 part, qint64 whole, const QLocale &locale)
{
    return whole > 0 ? locale.toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : QString();
}

QString ReportFormat::shortTime(const QDateTime &utc, const QTimeZone &zone)
{
    static constexpr const char16_t *kMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                                  u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    // The wall clock there, still labelled UTC: its fields without looking the zone up again.
    const QDateTime wall = utc.addSecs(zone.offsetFromUtc(utc));
    const QDate date = wall.date();
    const QTime time = wall.time();
    const auto twoDigits = [](int value) { return QString::number(value).rightJustified(2, u'0'); };
    return QString::number(date.day()) + u' ' + QStringView(kMonths[date.month() - 1]) + u' ' + twoDigits(time.hour()) +
           u':' + twoDigits(time.minute());
}
