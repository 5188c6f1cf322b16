#pragma once

#include "config/knowledgestore.h"
#include "core/clock.h"

#include <QCoroTask>
#include <memory>

class Database;

// Policies and memories — what the Revenue Optimizer taught the Office Manager — for managers to see and correct.
// Memories are filtered as of the session's clock ("expired", "expiring within"); every change is written with the
// manager in audit_logs (KnowledgeStore). Throws DbError.
class KnowledgeService final
{
public:
    KnowledgeService(Database &db, std::shared_ptr<const Clock> clock);

    struct Overview
    {
        QString timeZone; // the business's, for showing times
        QList<KnowledgeStore::Policy> policies;
        QList<QPair<QString, QString>> locations; // what a policy may be scoped to
        KnowledgeStore::MemoryChoices choices;    // what the memory filters offer
        KnowledgeStore::MemoryList memories;      // those matching the filter
    };
    QCoro::Task<Overview> overview(KnowledgeStore::MemoryFilter filter);
    QCoro::Task<KnowledgeStore::MemoryList> memories(KnowledgeStore::MemoryFilter filter);

    // A policy without an id is created.
    QCoro::Task<void> savePolicy(KnowledgeStore::Policy policy, QString managerUserId);
    QCoro::Task<void> setPolicyActive(QString id, bool active, QString managerUserId);
    QCoro::Task<void> saveMemory(KnowledgeStore::Memory memory, QString managerUserId);
    QCoro::Task<void> setMemoryActive(QString id, bool active, QString managerUserId);
    // An invalid time: the memory never expires.
    QCoro::Task<void> setMemoryExpiry(QString id, QDateTime expiresAt, QString managerUserId);

    // The policy and memory sections the Office Manager would read if it ran now, scoped as in a run (the people
    // and places in view).
    QCoro::Task<QString> officeManagerReads();

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
