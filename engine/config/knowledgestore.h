#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class SqlSession;

// What the Revenue Optimizer has taught the Office Manager — policy notes and memories — as managers see and
// correct it in the console. Every change is written with an audit_logs row (who, before, after) in the same
// transaction; the Office Manager reads the result on its next run.
namespace KnowledgeStore {

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
    QString updatedByRunId;
    QDateTime updatedAt; // UTC
};

struct Memory
{
    QString id;
    QString scope; // global, user, location, auction
    QString subject; // the person's or place's name
    QString memoryType;
    QString content;
    double confidence = 0.5;
    int observations = 1;
    bool active = true;
    QDateTime expiresAt;   // UTC; invalid: never
    QDateTime lastObserved;
    QString createdByRunId;
};

QList<Policy> policies(SqlSession &session);
// Newest first; `search` matches content, type or subject; inactive and expired ones only when asked.
QList<Memory> memories(SqlSession &session, const QString &search = {}, bool includeInactive = false, int limit = 500);

// Throws DbError(Usage) for bad input (empty content, priority outside 1-100, an unknown id).
QString createPolicy(SqlSession &session, const Policy &policy, const QString &managerUserId);
void updatePolicy(SqlSession &session, const Policy &policy, const QString &managerUserId);
void setPolicyActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId);
void setMemoryActive(SqlSession &session, const QString &id, bool active, const QString &managerUserId);
void setMemoryExpiry(SqlSession &session, const QString &id, const QDateTime &expiresAt, const QString &managerUserId);

} // namespace KnowledgeStore
