#pragma once

#include "app/consolelauncher.h"

#include <QCoroTask>
#include <QObject>
#include <QStringList>
#include <QSystemTrayIcon>
#include <memory>
#include <optional>

class ConsoleSession;
class IdleLock;
class MainWindow;
class SecretStore;
class TrayController;
struct SchemaStatus;

// The console from its start to its end. It owns the window, the session on the chosen database, the tray (which
// runs the scheduler) and the idle lock, and walks one state at a time:
//   Choosing    which database: --db, MENTATS_DATABASE_URL, --demo, or the connection dialog;
//   Connecting  the demo database started, or the keychain's password; the session opened, the schema inspected;
//   Migrating   only when migrations are pending: the manager asked, the changes applied;
//   SigningIn   a TeamTime admin or manager signs in (on the demo, the hint names a demo admin);
//   Running     every page, the tray with the scheduler, the idle lock.
// Opening stops short (cancelled, nothing chosen, unreachable, not TeamTime, migrations declined): the window stays
// on the checks, which say why. Quitting waits for the scheduler's run in progress, then finished() is emitted.
class ConsoleApplication : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotStarted,
        Choosing,
        Connecting,
        Migrating,
        SigningIn,
        Running,
        StoppedShort,
        Quitting
    };
    Q_ENUM(State)

    // `trayAvailable`: whether the desktop shows a system tray (with --tray, the window then stays hidden while the
    // console opens). Tests pass it; the app asks the desktop.
    ConsoleApplication(ConsoleLauncher::Options options, SecretStore &secrets,
                       bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable(), QObject *parent = nullptr);
    ~ConsoleApplication() override;

    State state() const { return m_state; }
    MainWindow &window() const { return *m_window; }
    ConsoleSession *session() const { return m_session.get(); } // from Connecting on
    TrayController *tray() const { return m_tray.get(); }       // once Running
    IdleLock *idleLock() const { return m_idleLock.get(); }     // once Running
    // What the process that takes over after File ▸ Connect to Another Database… is started with; empty otherwise.
    const QStringList &restartArguments() const { return m_restartArguments; }

    // Shows the window (with --tray and a tray, only the sign-in shows) and opens the database.
    QCoro::Task<void> start();
    // A second launch asked for the window.
    void showWindow();
    // Quit (the menu, the tray, closing the window without a tray): stops the scheduler after its run in progress.
    QCoro::Task<void> quit();
    // File ▸ Connect to Another Database…: once one is chosen, quits with restartArguments() for its successor.
    QCoro::Task<void> switchDatabase();

Q_SIGNALS:
    void stateChanged(ConsoleApplication::State state);
    // Quit is done: the event loop may end.
    void finished();

private:
    QCoro::Task<void> open();
    QCoro::Task<bool> choose();
    QCoro::Task<std::optional<SchemaStatus>> connectToDatabase();
    QCoro::Task<ConnectionSettings> startDemo();
    QCoro::Task<ConnectionSettings> withStoredPassword(ConnectionSettings settings);
    QCoro::Task<bool> migrate(SchemaStatus status);
    QCoro::Task<bool> signIn();
    QCoro::Task<QString> demoHint();
    void run();
    void stopShort();
    void setState(State state);

    ConsoleLauncher::Options m_options;
    SecretStore &m_secrets;
    const bool m_inTray;
    State m_state = State::NotStarted;
    QStringList m_restartArguments;
    // Destroyed in reverse: the idle lock and the tray first, then the window (whose pages use the session), then
    // the session.
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<IdleLock> m_idleLock;
};
