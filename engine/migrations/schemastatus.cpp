#include "migrations/schemastatus.h"

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

int SchemaStatus::pendingCount() const
{
    return int(std::ranges::count_if(migrations, [](const MigrationState &m) { return !m.applied; }));
}

QList<IndexState> SchemaStatus::indexesToBuild() const
{
    QList<IndexState> build;
    std::ranges::copy_if(indexes, std::back_inserter(build), &IndexState::toBuild);
    return build;
}

QString SchemaStatus::teamTimeLabel() const
{
    switch (teamTime) {
    case TeamTimeVersion::None:
        return u"not a TeamTime database"_s;
    case TeamTimeVersion::Baseline:
        return u"TeamTime (baseline schema)"_s;
    case TeamTimeVersion::FirstAiRelease:
        return u"TeamTime (with its first AI release)"_s;
    case TeamTimeVersion::Current:
        return u"TeamTime (current schema)"_s;
    }
    return {};
}
