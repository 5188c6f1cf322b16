#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>
#include <optional>

// The cells of an exported CSV as values, or a sentence saying why a cell is not one. Nothing is guessed: a date
// that does not fit the mapping's format, an amount with a stray letter or more decimals than the column keeps is
// a problem for the person importing, not a number.
namespace ValueParser {

struct Parsed
{
    QVariant value; // null for an empty cell of an optional field
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// When a row happened: a business day, and the wall-clock time when the file gives one. A cell with an explicit
// UTC offset ("2026-11-02T14:35:00+13:00") is an instant of its own.
struct When
{
    QDate day;
    std::optional<QTime> time;
    QDateTime instant; // set only when the cell carried its own offset
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// dateText may hold the time as well ("2026-11-02 14:35", "02/11/2026 2:35 PM"); timeText, when the file has a
// separate time column, wins over it. timeFormat empty: 24-hour or 12-hour times, with or without seconds.
When when(const QString &dateText, const QString &timeText, const QString &dateFormat, const QString &timeFormat);

// A decimal as canonical text for a numeric column ("-1234.50"): currency signs, spaces and thousands separators
// go, "(12.50)" is negative, a trailing "%" is dropped (percentRate: divided by 100, for rates kept as fractions).
// More than maxScale decimals or maxIntegerDigits digits before the point is a problem, never rounded away.
Parsed decimal(const QString &text, bool decimalComma, int maxScale, int maxIntegerDigits, bool percentRate = false);
// A whole number >= 0 ("3", "1,204").
Parsed count(const QString &text);
// A refund cell: a count, or yes/no words (yes, y, true, x, refund → 1; no, n, false, 0, empty → 0).
Parsed refunds(const QString &text);
// Seconds, written as a number of seconds or as [h:]mm:ss.
Parsed seconds(const QString &text);
// Minutes as a whole number (an average of 42.5 minutes is kept as 43).
Parsed minutes(const QString &text, bool decimalComma);

} // namespace ValueParser
