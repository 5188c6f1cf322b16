#pragma once

#include "business/contextrequest.h"
#include "db/sqlrows.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <nlohmann/json.hpp>

// How much of a module's background an agent is shown. Attention items are shown whole, with their ids, at every
// level; only the background (everyone else clocked in, the rest of the schedule) degrades.
enum class ContextDetail
{
    Full,    // every background item, one line each
    Summary, // per-location counts of the background
    Counts   // the background's totals only
};

namespace ContextDetails {
QString id(ContextDetail detail); // "full", "summary", "counts"
QString describe(ContextDetail detail);
} // namespace ContextDetails

// One list in a module's data: a JSON array of items, each an object that may carry a "locationId" (and a
// "location" name).
struct ContextList
{
    QString key;
    bool attention = false; // needs action now: never summarised, never left out
};

// What the assembler does with a module's lists without knowing the module: show its background at less detail,
// count what is there, tell which location an item belongs to. A list shown at less detail leaves its
// array out of the data and records what stands for it under "summarized": {key: {"total": n, "byLocation": [...]}}.
namespace ContextLists {

// Which part of a run an item belongs to: its location's id, or "" for an item with none (a purchase request).
QString unitOf(const nlohmann::json &item);

// The data with every background list at `detail`.
nlohmann::json atDetail(const nlohmann::json &data, const QList<ContextList> &lists, ContextDetail detail);

// How many items the list holds, whether shown one by one or summarised.
int total(const nlohmann::json &data, const QString &key);
// A location a split run packs by (id "" stands for items with no location), and how many attention items it has.
struct Unit
{
    QString id;
    QString name;
    int attentionItems = 0;
};

// A background list counted in the database instead of read: when it has more items than the run's whole budget
// could list at kMinLineTokens a line (every line carries at least an id), the provider asks the database for the
// count per location and records it with counted(); the list then stands in the data as if summarised, under
// "summarized", and its key in "countedInDatabase". A large chain's schedule is thousands of shifts nobody would
// ever be shown one by one at the default budget: reading them was most of the context's time.
constexpr int kMinLineTokens = 10;
bool countInstead(const ContextRequest &request, qint64 items);
// " LIMIT n" for the query that reads such a list: one row more than the budget could list, so that a list read
// whole is read in one query and a longer one stops there (then countInstead says so, and the provider counts).
QString readLimit(const ContextRequest &request);
struct LocationCount
{
    QString locationId; // "" for items with no location
    QString location;
    qint64 count = 0;
};
// `lineTokens`: about what one item's line would have taken (its id, name, times), for what listing them all would
// have cost (ContextModule::fullTokenEstimate); never less than kMinLineTokens.
// Rows of (location id or NULL, location name, count), as a GROUP BY over the list's query gives them.
QList<LocationCount> locationCounts(const SqlRows &rows);
void counted(nlohmann::json &data, const QString &key, const QList<LocationCount> &counts,
             int lineTokens = kMinLineTokens);
// Whether the list was counted in the database.
bool isCounted(const nlohmann::json &data, const QString &key);

// The people and locations the attention items name (userId, assigneeId, requesterId; locationId).
void collectIds(const nlohmann::json &data, const QList<ContextList> &lists, QStringList &people,
                QStringList &locations);

// A list's heading and lines for the prompt, whatever its detail: "Title (n):" and one line per item; or, when
// summarised, "Title (n, not listed; by location: A 12, B 9)"; or "Title (n, not listed)".
void appendSection(QStringList &lines, const nlohmann::json &data, const QString &key, const QString &title,
                   const std::function<QString(const nlohmann::json &)> &line);

} // namespace ContextLists
