#pragma once

#include "config/businesssettings.h"
#include "runs/agentrunner.h"
#include "scheduler/scheduler.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>
#include <memory>

class ConsoleSession;
class MainWindow;
class QAction;
class QMenu;
class SecretStore;

// The console's life in the tray while it is open: it runs the engine's scheduler (exactly-once across every
// console and server on the database), offers Open, Run now, Pause/Resume and Quit, shows the scheduler's state in
// the window's status bar, and raises desktop notifications — an agent failing run after run, actions waiting for
// approval, a daily budget reached — each once, as the business settings allow. With a tray, closing the window
// keeps the app (and the scheduler) running.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(ConsoleSession &session, SecretStore &secrets, MainWindow &window, QObject *parent = nullptr);
    ~TrayController() override;

    // Loads the API keys and the notification settings, then starts the scheduler.
    QCoro::Task<void> start();
    QCoro::Task<void> stop();
    QCoro::Task<RunResult> runNow(Agent agent);
    void setPaused(bool paused);

    Scheduler &scheduler() { return *m_scheduler; }
    QMenu *menu() const { return m_menu; }
    QAction *action(const QString &objectName) const;
    QStringList notifications() const { return m_shown; } // what was shown, for tests and the log
    void setNotificationSettings(const BusinessSettings &settings) { m_notify = settings; }

Q_SIGNALS:
    void quitRequested();
    void notified(const QString &title, const QString &message);

private:
    void onTick(const TickReport &report);
    QCoro::Task<void> checkApprovals();
    void notify(const QString &title, const QString &message);
    void updateState();

    ConsoleSession &m_session;
    SecretStore &m_secrets;
    MainWindow &m_window;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<AgentRunner> m_runner;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_pause = nullptr;
    QHash<QString, QAction *> m_actions; // by object name
    // Shared with the scheduler's runs, which may outlive this controller by the end of a run.
    std::shared_ptr<QHash<Agent, QString>> m_apiKeys = std::make_shared<QHash<Agent, QString>>();
    BusinessSettings m_notify;
    QHash<Agent, int> m_alertedFailures;
    QHash<Agent, QDate> m_budgetAlerted;
    int m_knownApprovals = -1;
    QStringList m_shown;
    QString m_lastRunText;
};
