#include "tray/traycontroller.h"

#include "app/consolesession.h"
#include "app/mainwindow.h"
#include "db/dberror.h"
#include "secrets/secretstore.h"
#include "services/approvalservice.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

TrayController::TrayController(ConsoleSession &session, SecretStore &secrets, MainWindow &window, QObject *parent)
    : QObject(parent), m_session(session), m_secrets(secrets), m_window(window)
{
    Scheduler::Options options;
    options.apiKey = [keys = m_apiKeys](Agent agent, const QString &) { return keys->value(agent); };
    m_scheduler = std::make_unique<Scheduler>(session.settings(), session.clock(), options);
    m_runner = std::make_unique<AgentRunner>(session.settings(), session.clock());
    m_menu = new QMenu(&window);
    m_menu->setObjectName(u"trayMenu"_s);
    const auto add = [this](const QString &name, const QString &text, auto slot) {
        QAction *action = m_menu->addAction(text, this, slot);
        action->setObjectName(name);
        m_actions.insert(name, action);
        return action;
    };
    add(u"openAction"_s, tr("&Open Mentats Console"), [this] {
        m_window.show();
        m_window.raise();
        m_window.activateWindow();
    });
    m_menu->addSeparator();
    add(u"runOfficeManagerAction"_s, tr("Run &Office Manager Now"), [this] { runNow(Agent::OfficeManager); });
    add(u"runRevenueOptimizerAction"_s, tr("Run &Revenue Optimizer Now"), [this] { runNow(Agent::RevenueOptimizer); });
    m_pause = add(u"pauseAction"_s, tr("&Pause Scheduler"), [this] { setPaused(!m_scheduler->isPaused()); });
    m_menu->addSeparator();
    add(u"quitAction"_s, tr("&Quit"), [this] { Q_EMIT quitRequested(); });

    // The window's Agents menu offers the same.
    for (const QString &name : {u"runOfficeManagerAction"_s, u"runRevenueOptimizerAction"_s, u"pauseAction"_s})
        window.agentsMenu()->addAction(action(name));

    m_tray = new QSystemTrayIcon(QIcon(u":/mentats/icons/mentats.svg"_s), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            action(u"openAction"_s)->trigger();
    });
    connect(m_scheduler.get(), &Scheduler::tickFinished, this, &TrayController::onTick);
    connect(m_scheduler.get(), &Scheduler::stateChanged, this, &TrayController::updateState);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
        m_window.setKeepRunningInTray(true);
    }
    updateState();
}

TrayController::~TrayController() = default;

QAction *TrayController::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QCoro::Task<void> TrayController::start()
{
    QPointer<TrayController> self(this);
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        try {
            QCoro::Task<QString> reading = m_secrets.read(SecretStore::apiKeyKey(
                m_session.settings().endpoint(), m_session.settings().database, Agents::id(agent)));
            const QString key = co_await reading;
            if (!self)
                co_return;
            m_apiKeys->insert(agent, key);
        } catch (const SecretStoreError &error) {
            if (!self)
                co_return;
            notify(tr("Keychain unavailable"), error.message());
        }
    }
    try {
        QCoro::Task<BusinessSettings> loading = m_session.engine().businessSettings().load();
        const BusinessSettings settings = co_await loading;
        if (!self)
            co_return;
        m_notify = settings;
    } catch (const DbError &) {
        // keep the defaults: every notification on
    }
    m_scheduler->start();
    updateState();
}

QCoro::Task<void> TrayController::stop()
{
    QCoro::Task<void> stopping = m_scheduler->stop();
    co_await stopping;
    m_tray->hide();
}

QCoro::Task<RunResult> TrayController::runNow(Agent agent)
{
    RunOptions options;
    options.agent = agent;
    options.trigger = RunClaim::Trigger::Manual;
    options.requestedBy = m_session.isSignedIn() ? m_session.user().email : QString();
    options.apiKey = [keys = m_apiKeys](Agent a, const QString &) { return keys->value(a); };
    QPointer<TrayController> self(this);
    QCoro::Task<RunResult> running = m_runner->run(options);
    const RunResult result = co_await running;
    if (!self)
        co_return result;
    m_lastRunText = tr("%1: %2").arg(Agents::displayName(agent), RunStatuses::toText(result.status));
    if (result.status == RunStatus::Failed)
        notify(tr("%1 run failed").arg(Agents::displayName(agent)), result.reason);
    else if (result.status == RunStatus::Skipped)
        m_lastRunText += u" ("_s + result.reason + u")"_s;
    updateState();
    co_return result;
}

void TrayController::setPaused(bool paused)
{
    if (paused)
        m_scheduler->pause();
    else
        m_scheduler->resume();
    updateState();
}

void TrayController::updateState()
{
    QString state = m_scheduler->isPaused()    ? tr("Scheduler paused")
                    : m_scheduler->isBusy()    ? tr("Scheduler running a tick…")
                    : m_scheduler->isRunning() ? tr("Scheduler on")
                                               : tr("Scheduler off");
    if (!m_lastRunText.isEmpty())
        state += u" — "_s + m_lastRunText;
    m_pause->setText(m_scheduler->isPaused() ? tr("&Resume Scheduler") : tr("&Pause Scheduler"));
    m_window.setSchedulerState(state);
    m_tray->setToolTip(tr("Mentats Console — %1").arg(state));
}

void TrayController::onTick(const TickReport &report)
{
    for (const ScheduledRun &run : report.runs) {
        m_lastRunText = tr("%1 at %2: %3")
                            .arg(Agents::displayName(run.agent), run.slot.toTimeZone(report.zone).toString(u"HH:mm"_s),
                                 RunStatuses::toText(run.result.status));
        const QDate today = m_session.clock()->nowUtc().toTimeZone(report.zone).date();
        if (m_notify.notifyBudget && run.result.reason.startsWith(u"daily budget reached"_s) &&
            m_budgetAlerted.value(run.agent) != today) {
            m_budgetAlerted.insert(run.agent, today);
            notify(tr("%1: daily budget reached").arg(Agents::displayName(run.agent)), run.result.reason);
        }
    }
    for (const AgentHealth &health : report.health) {
        const int threshold = SchedulerHealth::kDefaultAlertAfterFailures;
        if (health.consecutiveFailures < threshold) {
            m_alertedFailures.remove(health.agent);
            continue;
        }
        if (m_notify.notifyRunFailures && !m_alertedFailures.contains(health.agent)) {
            m_alertedFailures.insert(health.agent, health.consecutiveFailures);
            notify(tr("%1 keeps failing").arg(Agents::displayName(health.agent)),
                   tr("%n scheduled run(s) in a row failed. Last error: %1", nullptr, health.consecutiveFailures)
                       .arg(health.lastFailureReason));
        }
    }
    updateState();
    checkApprovals();
}

QCoro::Task<void> TrayController::checkApprovals()
{
    QPointer<TrayController> self(this);
    try {
        QCoro::Task<int> counting = m_session.engine().approvals().waitingCount();
        const int pending = co_await counting;
        if (!self)
            co_return;
        if (m_notify.notifyApprovals && m_knownApprovals >= 0 && pending > m_knownApprovals)
            notify(tr("Actions wait for your approval"),
                   tr("%n action(s) proposed by the agents wait for a manager.", nullptr, pending));
        m_knownApprovals = pending;
    } catch (const DbError &) {
        // the next tick tries again
    }
}

void TrayController::notify(const QString &title, const QString &message)
{
    m_shown << title + u": "_s + message;
    if (m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    Q_EMIT notified(title, message);
}
