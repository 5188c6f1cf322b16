#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What a database looks like to the console: which TeamTime it is, and which of our migrations it has.
struct MigrationState
{
    int version = 0;
    QString name;
    bool applied = false;
    QDateTime appliedAt;
    bool modifiedSinceApplied = false; // the embedded SQL no longer matches what was applied
};

struct SchemaStatus
{
    enum class TeamTimeVersion
    {
        None,
        Baseline,
        FirstAiRelease,
        Current
    };

    int serverVersionNum = 0;
    QString serverVersion;
    TeamTimeVersion teamTime = TeamTimeVersion::None;
    QStringList missingTeamTimeTables;
    QList<MigrationState> migrations;
    QList<int> unknownAppliedVersions; // applied by a newer console than this one

    int pendingCount() const;
    bool isTeamTime() const { return missingTeamTimeTables.isEmpty(); }
    QString teamTimeLabel() const;
};
