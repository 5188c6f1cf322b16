#pragma once

#include <QList>
#include <QString>

// A line diff of two texts (longest common subsequence), for comparing two versions of an agent's instructions.
namespace TextDiff {

struct Line
{
    enum class Kind
    {
        Same,
        Removed,
        Added
    };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const Line &) const = default;
};

QList<Line> lines(const QString &before, const QString &after);

} // namespace TextDiff
