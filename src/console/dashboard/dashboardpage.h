#pragma once

#include "dashboard/dashboardsnapshot.h"

#include <QCoroTask>
#include <QTimer>
#include <QWidget>

class ConsoleSession;
class QFormLayout;
class QGroupBox;
class QLabel;
class QTreeWidget;

// Each agent at a glance — enabled, dry run, scheduler health (red when a run is overdue or failing), today's
// actions, cost today and this month, approvals waiting — and the latest actions. Read on a worker thread and
// refreshed every few seconds without ever blocking the window.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 10000;

    explicit DashboardPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> refresh();
    bool isRefreshing() const { return m_refreshing; }
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void refreshed();
    void problem(const QString &sentence);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Card
    {
        QGroupBox *box = nullptr;
        QLabel *state = nullptr;
        QLabel *schedule = nullptr;
        QLabel *actions = nullptr;
        QLabel *cost = nullptr;
        QLabel *approvals = nullptr;
        QLabel *knowledge = nullptr;
        QLabel *context = nullptr;
    };
    Card makeCard(Agent agent);
    void show(const DashboardSnapshot &snapshot);
    void fillCard(Card &card, const AgentDashboard &d);

    ConsoleSession &m_session;
    QList<Card> m_cards;
    QLabel *m_updated = nullptr;
    QTreeWidget *m_recent = nullptr;
    QTimer m_timer;
    DashboardSnapshot m_snapshot;
    bool m_refreshing = false;
};
