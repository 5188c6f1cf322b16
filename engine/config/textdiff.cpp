#include "config/textdiff.h"

#include <vector>

QList<TextDiff::Line> TextDiff::lines(const QString &before, const QString &after)
{
    const QStringList a = before.isEmpty() ? QStringList() : before.split(u'\n');
    const QStringList b = after.isEmpty() ? QStringList() : after.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]. Instructions are short (tens of lines).
    std::vector<std::vector<int>> lcs(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[std::size_t(i)][std::size_t(j)] = a[i] == b[j] ? lcs[std::size_t(i + 1)][std::size_t(j + 1)] + 1
                                                               : std::max(lcs[std::size_t(i + 1)][std::size_t(j)],
                                                                          lcs[std::size_t(i)][std::size_t(j + 1)]);
    QList<Line> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out << Line{Line::Kind::Same, a[i]};
            ++i;
            ++j;
        } else if (lcs[std::size_t(i + 1)][std::size_t(j)] >= lcs[std::size_t(i)][std::size_t(j + 1)]) {
            out << Line{Line::Kind::Removed, a[i++]};
        } else {
            out << Line{Line::Kind::Added, b[j++]};
        }
    }
    while (i < n)
        out << Line{Line::Kind::Removed, a[i++]};
    while (j < m)
        out << Line{Line::Kind::Added, b[j++]};
    return out;
}
