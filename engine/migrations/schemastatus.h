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

// One of the indexes applied migrations build concurrently (ConcurrentIndex), as the database has it.
struct IndexState
{
    enum class State
    {
        Valid,
        Missing,        // never built, or dropped: the next migrate builds it
        Invalid,        // an interrupted build left it unusable: the next migrate drops and builds it again
        NeedsExtension, // the extension it needs is not installed: it is not built
    };
    QString name;
    QString table;
    int version = 0; // of the migration that builds it
    State state = State::Missing;
    QString extension; // what it needs, if anything

    bool toBuild() const { return state == State::Missing || state == State::Invalid; }
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
    QList<IndexState> indexes;         // those of the applied migrations

    int pendingCount() const;
    // Indexes the next migrate builds (missing, or invalid after an interrupted build).
    QList<IndexState> indexesToBuild() const;
    // Nothing for `mentats migrate` to do: every migration applied and every index built.
    bool isUpToDate() const { return pendingCount() == 0 && indexesToBuild().isEmpty(); }
    bool isTeamTime() const { return missingTeamTimeTables.isEmpty(); }
    QString teamTimeLabel() const;
};
