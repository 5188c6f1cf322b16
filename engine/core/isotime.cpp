#include "core/isotime.h"

#include <cstdlib>

QString IsoTime::inZone(const QDateTime &instant, const QTimeZone &zone, Precision precision)
{
    if (!instant.isValid())
        return {};
    const bool millis = precision == Precision::Milliseconds;
    const int offset = zone.offsetFromUtc(instant);
    // The wall clock there, labelled UTC: its fields without looking the zone up again.
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(instant.toMSecsSinceEpoch() + qint64(offset) * 1000, Qt::UTC);
    const QDate date = wall.date();
    const QTime time = wall.time();
    if (date.year() < 0 || date.year() > 9999)
        return instant.toTimeZone(zone).toString(millis ? Qt::ISODateWithMs : Qt::ISODate);
    char16_t text[29];
    qsizetype at = 0;
    const auto digits = [&text, &at](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
        at += width;
    };
    const auto put = [&text, &at](char16_t c) { text[at++] = c; };
    digits(date.year(), 4);
    put(u'-');
    digits(date.month(), 2);
    put(u'-');
    digits(date.day(), 2);
    put(u'T');
    digits(time.hour(), 2);
    put(u':');
    digits(time.minute(), 2);
    put(u':');
    digits(time.second(), 2);
    if (millis) {
        put(u'.');
        digits(time.msec(), 3);
    }
    put(offset < 0 ? u'-' : u'+');
    const int minutes = std::abs(offset) / 60;
    digits(minutes / 60, 2);
    put(u':');
    digits(minutes % 60, 2);
    return QString(reinterpret_cast<const QChar *>(text), at);
}
