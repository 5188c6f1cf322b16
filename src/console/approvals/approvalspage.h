#pragma once

#include "tools/approvalqueue.h"

#include <QCoroTask>
#include <QTimer>
#include <QWidget>

class ConsoleSession;
class QTextBrowser;
class QTreeWidget;

// Tool calls waiting for a manager: who or what each concerns, the model's reasoning, the parameters, its age and
// expiry. Approving runs the call through every check again in the engine; rejecting needs a reason. Both are
// stamped with the manager (audit_logs) and logged in ai_actions.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 10000;

    explicit ApprovalsPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> reload();
    QCoro::Task<ApprovalQueue::Decision> approveSelected();
    QCoro::Task<ApprovalQueue::Decision> rejectSelected(QString reason);
    const QList<ApprovalQueue::Pending> &pending() const { return m_pending; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Approve or reject the selected approval for the signed-in manager (no reason: approve).
    QCoro::Task<ApprovalQueue::Decision> decideSelected(std::optional<QString> rejection);
    void showSelected();
    QString selectedId() const;

    ConsoleSession &m_session;
    QTreeWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QList<ApprovalQueue::Pending> m_pending;
    QTimer m_timer;
    bool m_busy = false;
};
