#pragma once

#include "config/agentsettings.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class SqlSession;

// What the Revenue Optimizer has taught the Office Manager — policy notes and memories — as managers see and
// correct it in the console. Every change is written with an audit_logs row (who, before, after) in the same
// transaction; the Office Manager reads the result on its next run.
namespace KnowledgeStore {

// An agent run a note or memory points at. The run is looked up in mentats_runs and, for runs of TeamTime's own
// first release (which kept no run table), in the ai_actions rows it left; agent and start stay empty when neither
// knows the id.
struct RunRef
{
    QString id;
    QString agent;       // as stored ("revenue_optimizer"); TeamTime may know agents we do not
    QDateTime startedAt; // UTC

    bool isKnown() const { return !agent.isEmpty(); }
};

// The last change a manager made in the console (or TeamTime) to an entry, from audit_logs.
struct ManagerEdit
{
    QString userId;
    QString name;   // empty when the account was removed
    QString action; // e.g. "ai_policy_notes.update"
    QDateTime at;   // UTC; invalid: no manager ever changed it
};

struct Policy
{
    QString id;
    QString scope = QStringLiteral("global"); // global, location, role
    QString locationId;
    QString locationName;
    QString targetRole;
    QString content;
    int priority = 50;
    bool active = true;
    RunRef updatedByRun;     // updated_by_run_id: the run that last wrote it, if one did
    QString createdByUserId; // TeamTime's first release: the user who added it in the web app
    QString createdByUserName;
    ManagerEdit lastManagerEdit;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// Who wrote the policy as it reads now. A manager's edit and its audit row share a transaction (so the same
// timestamp); a later run's update moves updated_at past it.
enum class Writer
{
    Unknown,
    Manager,
    Run,
    TeamTimeUser
};
Writer lastWriter(const Policy &policy);

struct Memory
{
    QString id;
    QString scope; // global, user, location, auction
    QString userId;
    QString locationId;
    QString subject; // the person's or place's name
    QString memoryType;
    QString content;
    double confidence = 0.5;
    int observations = 1;
    bool active = true;
    QDateTime expiresAt;    // UTC; invalid: never
    QDateTime lastObserved; // UTC: when it was last written or confirmed by a run
    RunRef createdByRun;
    // The run whose write_memory call last observed it, when the action log says so (an executed call logs the
    // memory's id in the same transaction as the observation). Empty when a later observation left no such row —
    // then only lastObserved is known.
    RunRef lastConfirmedByRun;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// What the memories list shows. Every filter combines with every other.
struct MemoryFilter
{
    enum class Expiry
    {
        Any,            // with includeInactive off: not yet expired (what the Office Manager can read)
        ExpiringWithin, // expires in the next `expiringWithinDays` days
        Expired,
        Never,
    };
    static constexpr int kMaxLimit = 1000;

    QString scope;      // empty: any
    QString userId;     // the person a memory is about
    QString locationId; // the place a memory is about
    QString memoryType;
    double minConfidence = 0; // 0-1
    Expiry expiry = Expiry::Any;
    int expiringWithinDays = 7;
    bool includeInactive = false; // switched-off ones (and, for Expiry::Any, expired ones) too
    QString text;                 // in content, type or the person's or place's name
    int limit = 200;              // 1 to kMaxLimit
};

struct MemoryList
{
    QList<Memory> memories; // newest observation first, at most the filter's limit
    int totalMatches = 0;   // how many matched before the limit

    bool isTruncated() const { return totalMatches > memories.size(); }
};

// The values present in ai_memory (in any state), for the filter choices.
struct MemoryChoices
{
    QStringList memoryTypes;
    QList<QPair<QString, QString>> people;    // id, name
    QList<QPair<QString, QString>> locations; // id, name
};

QList<Policy> policies(SqlSession &session);
// "Expired" is judged against `now` (UTC, the caller's clock — the one the agents write memories with). Throws
// DbError(Usage) for a filter that cannot be met (a malformed id, a confidence outside 0-1, ...).
MemoryList memories(SqlSession &session, const QDateTime &now, const MemoryFilter &filter = {});
MemoryChoices memoryChoices(SqlSession &session);
// Every location (id, name) by name: what a policy note may be scoped to.
QList<QPair<QString, QString>> locations(SqlSession &session);

// A manager's rewrite of a memory (content, memoryType, confidence), field by field; empty when it can be saved.
QList<FieldProblem> validateMemory(const Memory &memory);

// Throws DbError(Usage) for bad input (empty content, priority outside 1-100, an unknown id).
QString createPolicy(SqlSession &session, const Policy &policy, const QString &managerUserId);
void updatePolicy(SqlSession &session, const Policy &policy, const QString &managerUserId);
void setPolicyActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId);
// Changes content, memoryType and confidence only. Throws DbError(Usage) with validateMemory()'s first problem.
void updateMemory(SqlSession &session, const Memory &memory, const QString &managerUserId);
void setMemoryActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId);
void setMemoryExpiry(SqlSession &session, const QString &id, const QDateTime &expiresAt, const QString &managerUserId);

} // namespace KnowledgeStore
