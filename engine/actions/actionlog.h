#pragma once

#include "core/agent.h"
#include "core/runstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <nlohmann/json.hpp>
#include <optional>

class SqlSession;

// The ai_actions log, read a page at a time, newest first, with keyset pagination (created_at, id): a page costs
// the same at the millionth row as at the first. Every filter combines with every other.
namespace ActionLog {

// What became of an action: the executor's status where it recorded one; derived for rows written before it did
// (TeamTime's first release); "observation" for a run's row without a tool call.
const QStringList &statuses();
// What a manager reads for one of statuses(): "Awaiting approval".
QString statusLabel(const QString &status);

struct Filter
{
    std::optional<Agent> agent;
    QDateTime since; // UTC, inclusive
    QDateTime until; // UTC, exclusive
    QString status;  // one of statuses()
    QString toolName;
    QString userId;
    QString runId;
    QString text; // in reasoning, parameters or reasons
    int limit = 50;
    // The last row of the previous page, for the next one (Entry::cursor: microseconds matter, so it is the
    // database's own text of the timestamp, not a QDateTime, which keeps milliseconds only).
    QString afterCursor;
    QString afterId;
    // Or: only rows newer than this one (the first row shown), oldest first — for live updates.
    QString newerThanCursor;
    QString newerThanId;
    // What to read of each action's parameters and result: parsed (Entry::parameters, Entry::result); their JSON text
    // as PostgreSQL writes it (Entry::parametersText, Entry::resultText), for an export that writes them out as they
    // are; or nothing, for one that never prints them (a PDF). At 100,000 actions, parsing them was most of the
    // reading.
    enum class Payload
    {
        Parsed,
        Text,
        None
    };
    Payload payload = Payload::Parsed;
};

struct Entry
{
    QString id;
    QDateTime createdAt; // UTC
    QString cursor;      // created_at exactly, for keyset paging
    Agent agent = Agent::OfficeManager;
    QString status;
    QString toolName;
    QString targetUserId;
    QString targetName;
    QString runId;
    QString reasoning;
    nlohmann::json parameters;
    nlohmann::json result;
    QString parametersText; // Payload::Text: the JSON as PostgreSQL wrote it; null when there is none
    QString resultText;
    QString reason; // blocked_reason or error
    QString createdTaskId;
    QString createdMessageId;
    int contextTokens = 0;
};

// Everything about one action, for the details pane.
struct Details
{
    Entry entry;
    nlohmann::json contextSnapshot;
    // The run it belongs to (mentats_runs), when there is a record of it.
    std::optional<RunStatus> runStatus;
    QString runTrigger;
    QString provider;
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    QString costUsd; // exact, empty when unknown
    QString systemPrompt;
    QString userMessage;
    nlohmann::json rounds;
    QList<Entry> runActions; // every action of that run, oldest first
};

// The SQL expression of an ai_actions row's status (table alias `a`), as indexed by migration 0012.
const QString &statusSql();

// A filter as SQL over `ai_actions a` (the paging cursors aside), for the log and for summaries of it.
struct Where
{
    QStringList conditions;
    QVariantList params;
    QString sql() const; // "WHERE …", or empty
};
// Throws DbError(Usage) for an unknown status.
Where where(const Filter &filter);

// How many rows the filter matches (the paging cursors aside). Throws DbError(Usage) for an unknown status.
qint64 count(SqlSession &session, const Filter &filter);
// Throws DbError(Usage) for an unknown status.
QList<Entry> page(SqlSession &session, const Filter &filter);
// Throws DbError(Usage) when there is no such action.
Details details(SqlSession &session, const QString &actionId);

// Someone an action concerned (ai_actions.target_user_id), for the log's filter by person.
struct Person
{
    QString id;
    QString name;
};
// Everyone some action concerned, by name.
QList<Person> people(SqlSession &session);

} // namespace ActionLog
