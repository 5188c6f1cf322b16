#pragma once

#include "services/knowledgeservice.h"

#include <QCoroTask>
#include <QTimeZone>
#include <QWidget>

class ConsoleSession;
class MemoryFilterBar;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

// Policies & Memory: what the Revenue Optimizer taught the Office Manager, for managers to see and correct —
// policy notes created, rewritten, reprioritised, switched on and off, each showing who wrote it (a run, a manager,
// a TeamTime user) and when; memories filtered by scope, person, place, type, confidence and expiry, rewritten,
// switched off, given an expiry or none, each showing the run that created it and the one that last confirmed it.
// Every change is stamped with the manager in audit_logs. What the page shows and changes is the engine's
// KnowledgeService.
class PoliciesMemoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesMemoryPage(ConsoleSession &session, QWidget *parent = nullptr);

    // Reads everything again. While a read is in flight it only marks what is stale: that read then reads again.
    QCoro::Task<void> reload();
    bool isBusy() const { return m_loading || m_changing; }
    const QList<KnowledgeStore::Policy> &policies() const { return m_policies; }
    const QList<KnowledgeStore::Memory> &memories() const { return m_memories.memories; }
    int memoryMatches() const { return m_memories.totalMatches; }

    // The actions behind the buttons, on the selected row.
    QCoro::Task<void> savePolicy(KnowledgeStore::Policy policy);
    QCoro::Task<void> togglePolicy();
    QCoro::Task<void> saveMemory(KnowledgeStore::Memory memory);
    QCoro::Task<void> toggleMemory();
    QCoro::Task<void> setMemoryExpiry(QDateTime expiresAt);
    // What the Office Manager would read in its policy and memory sections if it ran now.
    QCoro::Task<QString> preview();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCoro::Task<void> refresh();
    void showOverview(const KnowledgeService::Overview &overview);
    // Whether a change may start now: signed in, and the previous one done (said so when it is not).
    bool mayChange();
    // Awaits `changing`, says `done` or why not, then reads everything again.
    QCoro::Task<void> change(QCoro::Task<void> changing, QString done);
    void editPolicy(bool fresh);
    void editMemory();
    void editExpiry();
    void showPolicies();
    void showMemories();
    const KnowledgeStore::Memory *selectedMemory() const;
    QString selectedId(QTreeWidget *tree) const;

    ConsoleSession &m_session;
    QTreeWidget *m_policyTree = nullptr;
    MemoryFilterBar *m_filters = nullptr;
    QTreeWidget *m_memoryTree = nullptr;
    QLabel *m_memoryCount = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QList<KnowledgeStore::Policy> m_policies;
    KnowledgeStore::MemoryList m_memories;
    QStringList m_memoryTypes;
    QList<QPair<QString, QString>> m_locations;
    QTimeZone m_zone = QTimeZone("America/Los_Angeles");
    bool m_policiesStale = true; // policies, locations, filter choices, the zone
    bool m_memoriesStale = true;
    bool m_loading = false;
    bool m_changing = false;
    bool m_loaded = false;
};
