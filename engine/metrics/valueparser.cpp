#include "metrics/valueparser.h"

#include <QObject>
#include <QRegularExpression>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

ValueParser::Parsed problem(const QString &sentence)
{
    return {QVariant(), sentence};
}

std::optional<QTime> parseTime(const QString &text, const QString &format)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!format.isEmpty()) {
        const QTime time = QTime::fromString(t, format);
        return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
    }
    static const QStringList formats{u"H:mm"_s,       u"H:mm:ss"_s, u"H:mm:ss.zzz"_s, u"h:mm AP"_s,
                                     u"h:mm:ss AP"_s, u"h:mmAP"_s,  u"h:mm:ssAP"_s,   u"h:mm ap"_s,
                                     u"h:mm:ss ap"_s, u"h:mmap"_s,  u"h:mm:ssap"_s};
    for (const QString &f : formats) {
        const QTime time = QTime::fromString(t, f);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

// "1,234" with the thousands separator `group`, or plain digits.
bool isGrouped(const QString &digits, QChar group)
{
    static const QRegularExpression plain(u"^\\d+$"_s);
    if (plain.match(digits).hasMatch())
        return true;
    const QRegularExpression grouped(u"^\\d{1,3}(%1\\d{3})+$"_s.arg(QRegularExpression::escape(QString(group))));
    return grouped.match(digits).hasMatch();
}

} // namespace

ValueParser::When ValueParser::when(const QString &dateText, const QString &timeText, const QString &dateFormat,
                                    const QString &timeFormat)
{
    When result;
    const QString text = dateText.trimmed();
    if (text.isEmpty()) {
        result.problem = QObject::tr("no date");
        return result;
    }
    std::optional<QTime> separateTime;
    if (!timeText.trimmed().isEmpty()) {
        separateTime = parseTime(timeText, timeFormat);
        if (!separateTime) {
            result.problem = QObject::tr("time \"%1\" is not a time").arg(timeText.trimmed());
            return result;
        }
    }

    const QDate whole = QDate::fromString(text, dateFormat);
    if (whole.isValid()) {
        result.day = whole;
        result.time = separateTime;
        return result;
    }
    // A date and a time in one cell, split wherever the date format then fits.
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) != u' ' && text.at(i) != u'T')
            continue;
        const QDate day = QDate::fromString(text.left(i).trimmed(), dateFormat);
        if (!day.isValid())
            continue;
        const QString rest = text.mid(i + 1).trimmed();
        static const QRegularExpression offset(u"(Z|[+-]\\d{2}:?\\d{2})$"_s);
        if (offset.match(rest).hasMatch()) {
            const QDateTime instant = QDateTime::fromString(day.toString(Qt::ISODate) + u"T"_s + rest, Qt::ISODate);
            if (instant.isValid()) {
                result.day = day;
                result.instant = instant.toUTC();
                return result;
            }
            continue;
        }
        const std::optional<QTime> time = parseTime(rest, timeFormat);
        if (!time)
            continue;
        result.day = day;
        result.time = separateTime ? separateTime : time;
        return result;
    }
    result.problem = QObject::tr("date \"%1\" does not fit the format %2").arg(text, dateFormat);
    return result;
}

ValueParser::Parsed ValueParser::decimal(const QString &text, bool decimalComma, int maxScale, int maxIntegerDigits,
                                         bool percentRate)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QString original = t;
    bool negative = false;
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    bool percent = false;
    if (t.endsWith(u'%')) {
        percent = true;
        t.chop(1);
    }
    static const QRegularExpression noise(u"[\\s\\x{00A0}\\x{202F}'$€£¥]"_s);
    t.remove(noise);
    if (t.startsWith(u'-') || t.startsWith(QChar(0x2212))) {
        negative = !negative;
        t.remove(0, 1);
    } else if (t.startsWith(u'+')) {
        t.remove(0, 1);
    }
    t.remove(noise); // "$ -12" and "-$12"
    const QChar point = decimalComma ? u',' : u'.';
    const QChar group = decimalComma ? u'.' : u',';
    const qsizetype at = t.indexOf(point);
    QString integer = at < 0 ? t : t.left(at);
    QString fraction = at < 0 ? QString() : t.mid(at + 1);
    static const QRegularExpression digits(u"^\\d*$"_s);
    if (integer.isEmpty() && fraction.isEmpty())
        return problem(QObject::tr("\"%1\" is not a number").arg(original));
    if (!digits.match(fraction).hasMatch() || (integer.isEmpty() ? false : !isGrouped(integer, group))) {
        if (!decimalComma && QRegularExpression(u"^\\d+,\\d{1,2}$"_s).match(t).hasMatch())
            return problem(QObject::tr("\"%1\" is written with a decimal comma (see the mapping)").arg(original));
        return problem(QObject::tr("\"%1\" is not a number").arg(original));
    }
    integer.remove(group);
    if (percent && percentRate) {
        // 5.25% is 0.0525: move the point two places left on the digits themselves.
        integer = QString(2, u'0') + integer;
        fraction = integer.right(2) + fraction;
        integer.chop(2);
    }
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = u"0"_s;
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > maxScale)
        return problem(QObject::tr("\"%1\" has more than %2 decimals").arg(original).arg(maxScale));
    if (integer.size() > maxIntegerDigits)
        return problem(QObject::tr("\"%1\" is too large").arg(original));
    const bool zero = integer == u"0"_s && fraction.isEmpty();
    QString canonical = (negative && !zero) ? u"-"_s : QString();
    canonical += integer;
    if (!fraction.isEmpty())
        canonical += u"."_s + fraction;
    return {QVariant(canonical), {}};
}

ValueParser::Parsed ValueParser::count(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!isGrouped(t, u','))
        return problem(QObject::tr("\"%1\" is not a whole number").arg(text.trimmed()));
    t.remove(u',');
    bool ok = false;
    const qlonglong value = t.toLongLong(&ok);
    if (!ok || value > std::numeric_limits<int>::max())
        return problem(QObject::tr("\"%1\" is too large").arg(text.trimmed()));
    return {int(value), {}};
}

ValueParser::Parsed ValueParser::refunds(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes{u"yes"_s, u"y"_s, u"true"_s, u"x"_s, u"refund"_s, u"refunded"_s};
    static const QStringList no{u""_s, u"no"_s, u"n"_s, u"false"_s, u"sale"_s};
    if (yes.contains(t))
        return {1, {}};
    if (no.contains(t))
        return {0, {}};
    Parsed counted = count(t);
    if (!counted.ok())
        counted.problem = QObject::tr("refund \"%1\" is neither yes/no nor a count").arg(text.trimmed());
    return counted;
}

ValueParser::Parsed ValueParser::seconds(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression clock(u"^(\\d+):(\\d{1,2})(?::(\\d{1,2}))?$"_s);
    const QRegularExpressionMatch m = clock.match(t);
    if (m.hasMatch()) {
        const bool withHours = m.hasCaptured(3);
        const qint64 a = m.captured(1).toLongLong();
        const qint64 b = m.captured(2).toLongLong();
        const qint64 total = withHours ? a * 3600 + b * 60 + m.captured(3).toLongLong() : a * 60 + b;
        if (total > std::numeric_limits<int>::max())
            return problem(QObject::tr("\"%1\" is too long").arg(t));
        return {int(total), {}};
    }
    Parsed counted = count(t);
    if (!counted.ok())
        counted.problem = QObject::tr("duration \"%1\" is neither seconds nor [h:]mm:ss").arg(t);
    return counted;
}

ValueParser::Parsed ValueParser::minutes(const QString &text, bool decimalComma)
{
    Parsed parsed = decimal(text, decimalComma, 6, 9);
    if (!parsed.ok() || parsed.value.isNull())
        return parsed;
    const double value = parsed.value.toString().toDouble();
    if (value < 0)
        return problem(QObject::tr("\"%1\" minutes is negative").arg(text.trimmed()));
    return {int(std::llround(value)), {}};
}
