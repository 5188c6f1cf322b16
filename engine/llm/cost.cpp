#include "llm/cost.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

using Femtodollars = Cost::Femtodollars;
__extension__ typedef unsigned __int128 Magnitude;

constexpr int kDecimals = 15; // femtodollars per dollar = 10^15
constexpr int kMaxWholeDigits = 20;

constexpr Magnitude pow10(int exponent)
{
    Magnitude result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

constexpr Magnitude kPerDollar = pow10(kDecimals);

// QString::number stops at 64 bits.
QString digitsOf(Magnitude value, int minWidth = 1)
{
    QString out;
    while (value > 0 || out.size() < minWidth) {
        out.prepend(QChar(static_cast<char16_t>(u'0' + static_cast<int>(value % 10))));
        value /= 10;
    }
    return out;
}

int digitCount(Magnitude value)
{
    int count = 1;
    while (value >= 10) {
        value /= 10;
        ++count;
    }
    return count;
}

QString grouped(const QString &digits)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += u',';
        out += digits.at(i);
    }
    return out;
}

Magnitude magnitudeOf(Femtodollars value)
{
    // Negating in the unsigned type keeps the most negative value defined.
    return value < 0 ? Magnitude(0) - static_cast<Magnitude>(value) : static_cast<Magnitude>(value);
}

} // namespace

Cost Cost::fromFemtodollars(qint64 femtodollars)
{
    return Cost(femtodollars);
}

Cost Cost::ofTokens(qint64 tokens, qint64 nanodollarsPerMillionTokens)
{
    // Both factors fit 64 bits, so the product fits 128.
    return Cost(static_cast<Femtodollars>(tokens) * static_cast<Femtodollars>(nanodollarsPerMillionTokens));
}

std::optional<Cost> Cost::fromDollars(QStringView text)
{
    qsizetype i = 0;
    const bool negative = text.startsWith(u'-');
    if (negative)
        ++i;
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };

    Magnitude whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i, ++wholeDigits) {
        if (wholeDigits == kMaxWholeDigits)
            return std::nullopt;
        whole = whole * 10 + static_cast<Magnitude>(text[i].unicode() - u'0');
    }
    if (wholeDigits == 0)
        return std::nullopt;

    Magnitude fraction = 0;
    int fractionDigits = 0;
    if (i < text.size()) {
        if (text[i] != u'.')
            return std::nullopt;
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++fractionDigits) {
            if (fractionDigits == kDecimals)
                return std::nullopt;
            fraction = fraction * 10 + static_cast<Magnitude>(text[i].unicode() - u'0');
        }
        if (fractionDigits == 0 || i < text.size())
            return std::nullopt;
    }

    const auto magnitude = static_cast<Femtodollars>(whole * kPerDollar + fraction * pow10(kDecimals - fractionDigits));
    return Cost(negative ? -magnitude : magnitude);
}

std::optional<qint64> Cost::femtodollars64() const
{
    if (m_femtodollars < std::numeric_limits<qint64>::min() || m_femtodollars > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(m_femtodollars);
}

double Cost::dollars() const
{
    return static_cast<double>(m_femtodollars) / 1e15;
}

double Cost::cents() const
{
    return static_cast<double>(m_femtodollars) / 1e13;
}

QString Cost::exactDollars() const
{
    const Magnitude magnitude = magnitudeOf(m_femtodollars);
    QString out = m_femtodollars < 0 ? u"-"_s : QString();
    out += digitsOf(magnitude / kPerDollar);
    QString fraction = digitsOf(magnitude % kPerDollar, kDecimals);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out;
}

QString Cost::display() const
{
    const Magnitude magnitude = magnitudeOf(m_femtodollars);
    if (magnitude == 0)
        return u"$0.00"_s;

    // Decimals shown: cents from $1 up; below that, enough for three significant digits.
    const int decimals = magnitude >= kPerDollar ? 2 : std::clamp(kDecimals + 3 - digitCount(magnitude), 2, kDecimals);
    const Magnitude unit = pow10(kDecimals - decimals);
    const Magnitude rounded = (magnitude + unit / 2) / unit; // half away from zero, on the magnitude
    const Magnitude scale = pow10(decimals);

    QString fraction = digitsOf(rounded % scale, decimals);
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    const QString sign = m_femtodollars < 0 ? u"-"_s : QString();
    return sign + u'$' + grouped(digitsOf(rounded / scale)) + u'.' + fraction;
}
