#include "runs/runcomparison.h"

#include <algorithm>
#include <set>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Call = RecordedRun::Call;

namespace {

bool counterparts(const Call &a, const Call &b)
{
    return a.tool == b.tool && a.targetUserId == b.targetUserId;
}

} // namespace

int RunComparison::count(Difference difference) const
{
    return int(std::ranges::count(rows, difference, &Row::difference));
}

QString RunComparison::name(Difference difference)
{
    switch (difference) {
    case Difference::Same:
        return u"same"_s;
    case Difference::Changed:
        return u"changed"_s;
    case Difference::Added:
        return u"added"_s;
    case Difference::Removed:
        return u"removed"_s;
    }
    return {};
}

QStringList RunComparison::changedKeys(const json &a, const json &b)
{
    if (a == b)
        return {};
    if (!a.is_object() || !b.is_object())
        return {u"(arguments)"_s};
    std::set<std::string> keys;
    for (const auto &[key, value] : a.items()) {
        if (!b.contains(key) || b[key] != value)
            keys.insert(key);
    }
    for (const auto &[key, value] : b.items()) {
        if (!a.contains(key))
            keys.insert(key);
    }
    QStringList names;
    for (const std::string &key : keys)
        names << QString::fromStdString(key);
    return names;
}

RunComparison RunComparison::compare(RecordedRun original, RecordedRun replay)
{
    RunComparison c;
    const QList<Call> &a = original.calls;
    const QList<Call> &b = replay.calls;
    QList<qsizetype> partner(a.size(), -1);
    QList<bool> taken(b.size(), false);
    const auto pair = [&](bool identicalOnly) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            for (qsizetype j = 0; partner.at(i) < 0 && j < b.size(); ++j) {
                if (!taken.at(j) && counterparts(a.at(i), b.at(j)) &&
                    (!identicalOnly || a.at(i).parameters == b.at(j).parameters)) {
                    partner[i] = j;
                    taken[j] = true;
                }
            }
        }
    };
    pair(true);
    pair(false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (partner.at(i) < 0) {
            c.rows << Row{Difference::Removed, a.at(i), std::nullopt, {}};
            continue;
        }
        const Call &other = b.at(partner.at(i));
        const QStringList keys = changedKeys(a.at(i).parameters, other.parameters);
        c.rows << Row{keys.isEmpty() ? Difference::Same : Difference::Changed, a.at(i), other, keys};
    }
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (!taken.at(j))
            c.rows << Row{Difference::Added, std::nullopt, b.at(j), {}};
    }
    c.original = std::move(original);
    c.replay = std::move(replay);
    return c;
}
