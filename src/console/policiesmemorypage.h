#pragma once

#include "config/knowledgestore.h"

#include <QCoroTask>
#include <QWidget>

#include <functional>

class ConsoleSession;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

// Policies & Memory: what the Revenue Optimizer taught the Office Manager, for managers to see and correct —
// policy notes created, rewritten, reprioritised, switched on and off; memories searched, switched off, given an
// expiry or none. Every change is stamped with the manager in audit_logs.
class PoliciesMemoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesMemoryPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> reload();
    bool isBusy() const { return m_busy; }
    const QList<KnowledgeStore::Policy> &policies() const { return m_policies; }
    const QList<KnowledgeStore::Memory> &memories() const { return m_memories; }

    // The actions behind the buttons, on the selected row.
    QCoro::Task<void> savePolicy(KnowledgeStore::Policy policy);
    QCoro::Task<void> togglePolicy();
    QCoro::Task<void> toggleMemory();
    QCoro::Task<void> setMemoryExpiry(QDateTime expiresAt);
    // What the Office Manager would read in its policy and memory sections if it ran now.
    QCoro::Task<QString> preview();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCoro::Task<void> change(std::function<void(SqlSession &, const QString &manager)> work, QString done);
    void editPolicy(bool fresh);
    void showPolicies();
    void showMemories();
    QString selectedId(QTreeWidget *tree) const;

    ConsoleSession &m_session;
    QTreeWidget *m_policyTree = nullptr;
    QTreeWidget *m_memoryTree = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QList<KnowledgeStore::Policy> m_policies;
    QList<KnowledgeStore::Memory> m_memories;
    QList<QPair<QString, QString>> m_locations;
    bool m_busy = false;
    bool m_loaded = false;
};
