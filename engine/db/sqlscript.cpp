#include "db/sqlscript.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// At a '$': the dollar-quote tag starting here ("$$" or "$tag$"), or empty when this '$' is not one (a
// positional parameter such as $1, or part of an identifier).
QString dollarTagAt(const QString &s, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < s.size() && s.at(j).isDigit())
        return {};
    while (j < s.size() && isIdentChar(s.at(j)))
        ++j;
    if (j < s.size() && s.at(j) == u'$')
        return s.mid(i, j - i + 1);
    return {};
}

} // namespace

QList<SqlStatement> SqlScript::split(const QString &s)
{
    QList<SqlStatement> statements;
    qsizetype start = 0;
    int line = 1;
    int startLine = 1;
    bool seenCode = false;

    const auto flush = [&](qsizetype end) {
        const QString text = s.mid(start, end - start).trimmed();
        if (seenCode && !text.isEmpty())
            statements.append({text, startLine});
        seenCode = false;
    };

    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        if (!seenCode && !c.isSpace() && !(c == u'-' && next == u'-') && !(c == u'/' && next == u'*')) {
            seenCode = true;
            startLine = line;
        }
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c == u'-' && next == u'-') {
            while (i < s.size() && s.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && next == u'*') {
            int depth = 0; // PostgreSQL block comments nest
            do {
                if (s.at(i) == u'/' && i + 1 < s.size() && s.at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (s.at(i) == u'*' && i + 1 < s.size() && s.at(i + 1) == u'/') {
                    --depth;
                    i += 2;
                } else {
                    if (s.at(i) == u'\n')
                        ++line;
                    ++i;
                }
            } while (depth > 0 && i < s.size());
        } else if (c == u'\'' || c == u'"') {
            const bool backslashEscapes = c == u'\'' && i > 0 && (s.at(i - 1) == u'E' || s.at(i - 1) == u'e') &&
                                          (i < 2 || !isIdentChar(s.at(i - 2)));
            ++i;
            while (i < s.size()) {
                const QChar d = s.at(i);
                if (d == u'\n')
                    ++line;
                if (backslashEscapes && d == u'\\') {
                    i += 2;
                    continue;
                }
                if (d == c) {
                    if (i + 1 < s.size() && s.at(i + 1) == c) { // doubled quote
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
        } else if (c == u'$' && (i == 0 || !isIdentChar(s.at(i - 1)))) {
            const QString tag = dollarTagAt(s, i);
            if (tag.isEmpty()) {
                ++i;
                continue;
            }
            const qsizetype close = s.indexOf(tag, i + tag.size());
            const qsizetype end = close < 0 ? s.size() : close + tag.size();
            line += int(QStringView(s).mid(i, end - i).count(u'\n'));
            i = end;
        } else if (c == u';') {
            flush(i);
            start = i + 1;
            ++i;
        } else {
            ++i;
        }
    }
    flush(s.size());
    return statements;
}
