#include "app/consoleapplication.h"

#include "app/consolesession.h"
#include "app/idlelock.h"
#include "app/mainwindow.h"
#include "connect/migrationprompt.h"
#include "connect/signindialog.h"
#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "migrations/migrator.h"
#include "secrets/secretstore.h"
#include "services/enginesession.h"
#include "services/signinservice.h"
#include "settings/settingspage.h"
#include "tray/traycontroller.h"

#include <QCoroSignal>
#include <QLoggingCategory>
#include <QPointer>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConsole, "mentats.console")

ConsoleApplication::ConsoleApplication(ConsoleLauncher::Options options, SecretStore &secrets, bool trayAvailable,
                                       QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_secrets(secrets), m_inTray(m_options.tray && trayAvailable),
      m_window(std::make_unique<MainWindow>())
{
    // With a tray the app lives on there (with the scheduler) when the window closes; Quit, or closing the window
    // where there is no tray, ends it after the scheduler's run in progress.
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] { quit(); });
    connect(m_window.get(), &MainWindow::connectRequested, this, [this] { switchDatabase(); });
}

ConsoleApplication::~ConsoleApplication() = default;

void ConsoleApplication::setState(State state)
{
    if (m_state == state || m_state == State::Quitting)
        return; // quitting is the end: an opening step finishing meanwhile changes nothing
    m_state = state;
    Q_EMIT stateChanged(state);
}

QCoro::Task<void> ConsoleApplication::start()
{
    // Started with the session: only the sign-in shows, and the console lives in the tray. Without a tray, or when
    // opening stops short of a signed-in session, the window shows as usual.
    if (!m_inTray)
        m_window->show();
    QCoro::Task<void> opening = open();
    co_await opening;
}

void ConsoleApplication::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

// Each step says whether to go on; the step that stops has already said why (in the window or the log).
QCoro::Task<void> ConsoleApplication::open()
{
    QPointer<ConsoleApplication> self(this);
    try {
        setState(State::Choosing);
        QCoro::Task<bool> choosing = choose();
        const bool chosen = co_await choosing;
        if (!self)
            co_return;
        if (!chosen) {
            stopShort();
            co_return;
        }

        setState(State::Connecting);
        QCoro::Task<std::optional<SchemaStatus>> connecting = connectToDatabase();
        const std::optional<SchemaStatus> status = co_await connecting;
        if (!self)
            co_return;
        if (!status) {
            stopShort();
            co_return;
        }

        if (status->pendingCount() > 0) {
            setState(State::Migrating);
            QCoro::Task<bool> migrating = migrate(*status);
            const bool migrated = co_await migrating;
            if (!self)
                co_return;
            if (!migrated) {
                stopShort();
                co_return;
            }
        }

        setState(State::SigningIn);
        QCoro::Task<bool> signingIn = signIn();
        const bool signedIn = co_await signingIn;
        if (!self)
            co_return;
        if (!signedIn) {
            stopShort();
            co_return;
        }
        run();
    } catch (const DbError &error) {
        qCWarning(lcConsole) << "could not open the database:" << error.message();
        if (!self)
            co_return;
        m_window->showError(error.message());
        stopShort();
    }
}

// The command line chose already (--db, MENTATS_DATABASE_URL, --demo); else, on a first start, the manager does.
QCoro::Task<bool> ConsoleApplication::choose()
{
    if (m_options.demo || !m_options.databaseUrl.isEmpty())
        co_return true;
    QPointer<ConsoleApplication> self(this);
    QCoro::Task<std::optional<QString>> asking = ConsoleLauncher::askForDatabase(m_window.get(), &m_secrets);
    const std::optional<QString> url = co_await asking;
    if (!self)
        co_return false;
    if (!url) {
        m_window->showError(tr("No database chosen: use File ▸ Connect to Another Database…, start with "
                               "--db postgresql://user@host/teamtime, or use --demo."));
        co_return false;
    }
    if (url->isEmpty())
        m_options.demo = true; // also what the autostart entry reopens
    else
        m_options.databaseUrl = *url;
    co_return true;
}

// The session on the chosen database, and what its schema is: nothing when it is not TeamTime's (the checks page
// says what is wrong).
QCoro::Task<std::optional<SchemaStatus>> ConsoleApplication::connectToDatabase()
{
    QPointer<ConsoleApplication> self(this);
    QCoro::Task<ConnectionSettings> resolving =
        m_options.demo ? startDemo() : withStoredPassword(ConnectionSettings::fromUrl(m_options.databaseUrl));
    ConnectionSettings settings = co_await resolving;
    if (!self)
        co_return std::nullopt;
    settings.applicationName = u"mentats-console"_s;
    m_window->showDatabase(settings);
    qCInfo(lcConsole) << "opening" << settings.redactedUrl();
    m_session = std::make_unique<ConsoleSession>(settings, Clock::system());

    const Migrator migrator;
    QCoro::Task<SchemaStatus> inspecting = migrator.inspect(m_session->engine().database());
    const SchemaStatus status = co_await inspecting;
    if (!self)
        co_return std::nullopt;
    if (!status.isTeamTime()) {
        qCWarning(lcConsole) << "not a TeamTime database:" << settings.redactedUrl();
        co_return std::nullopt;
    }
    co_return status;
}

QCoro::Task<ConnectionSettings> ConsoleApplication::startDemo()
{
    m_window->statusBar()->showMessage(tr("Starting the demo database…"));
    // The DemoDatabase outlives the await: it is owned by this coroutine's frame.
    DemoDatabase demo(m_options.demoDirectory);
    QCoro::Task<DemoDatabase::StartResult> starting = demo.startAsync(DemoOptions{});
    const DemoDatabase::StartResult result = co_await starting;
    co_return result.settings;
}

QCoro::Task<ConnectionSettings> ConsoleApplication::withStoredPassword(ConnectionSettings settings)
{
    if (!settings.password.isEmpty())
        co_return settings;
    QCoro::Task<QString> reading =
        m_secrets.read(SecretStore::passwordKey(settings.endpoint(), settings.database, settings.user));
    try {
        settings.password = co_await reading;
    } catch (const SecretStoreError &) {
        // no keychain: libpq may still find ~/.pgpass or PGPASSWORD
    }
    co_return settings;
}

// The pending migrations said and, once the manager agrees, applied; false when declined.
QCoro::Task<bool> ConsoleApplication::migrate(SchemaStatus status)
{
    qCInfo(lcConsole) << status.pendingCount() << "migrations pending: asking whether to apply them";
    QPointer<ConsoleApplication> self(this);
    QCoro::Task<bool> asking = MigrationPrompt::ask(m_window.get(), status);
    const bool apply = co_await asking;
    if (!apply || !self)
        co_return false;
    m_window->statusBar()->showMessage(tr("Applying the changes…"));
    const Migrator migrator;
    QCoro::Task<QList<Migration>> migrating = migrator.migrate(m_session->engine().database());
    co_await migrating;
    if (!self)
        co_return false;
    m_window->showDatabase(m_session->settings()); // check again
    co_return true;
}

// True once an admin or manager has signed in; false when the dialog was cancelled.
QCoro::Task<bool> ConsoleApplication::signIn()
{
    QPointer<ConsoleApplication> self(this);
    QString hint;
    if (m_options.demo) {
        QCoro::Task<QString> finding = demoHint();
        hint = co_await finding;
        if (!self)
            co_return false;
    }
    auto *dialog = new SignInDialog(*m_session, m_window.get());
    QPointer<SignInDialog> guard(dialog);
    dialog->setHint(hint);
    qCInfo(lcConsole) << "waiting for a manager to sign in";
    dialog->open();
    auto finished = qCoro(dialog, &QDialog::finished);
    const int result = co_await finished;
    if (!guard || !self)
        co_return false;
    dialog->deleteLater();
    if (result != QDialog::Accepted) {
        qCInfo(lcConsole) << "sign-in cancelled";
        co_return false;
    }
    co_return true;
}

// On the demo the sign-in names an admin to sign in as, and the demo's password.
QCoro::Task<QString> ConsoleApplication::demoHint()
{
    QCoro::Task<QString> finding = m_session->engine().signIn().exampleAdmin();
    const QString admin = co_await finding;
    co_return tr("Demo: sign in as any demo admin or manager (for example \"%1\") with the password \"%2\".")
        .arg(admin, QString::fromLatin1(DemoOptions::kManagerPassword));
}

void ConsoleApplication::run()
{
    qCInfo(lcConsole) << "signed in; the scheduler starts in the console";
    m_session->setSecretStore(&m_secrets);
    m_window->openSession(m_session.get(), &m_secrets);
    SettingsPage *settingsPage = m_window->settingsPage();
    settingsPage->setStartArguments(ConsoleLauncher::reopenArguments(m_options, m_session->settings()));
    // "Replay…" in the action log: the dry-run workspace takes the run up, and comes forward.
    connect(m_session.get(), &ConsoleSession::replayRequested, m_window.get(),
            [this] { m_window->showPage(MainWindow::Page::DryRun); });
    // The scheduler runs in the app while it is open; Quit stops it cleanly (after the run in progress).
    m_tray = std::make_unique<TrayController>(*m_session, m_secrets, *m_window);
    connect(m_tray.get(), &TrayController::quitRequested, this, [this] { quit(); });
    connect(settingsPage, &SettingsPage::savedSettings, m_tray.get(), &TrayController::setNotificationSettings);
    m_tray->start();
    m_idleLock = std::make_unique<IdleLock>();
    connect(m_idleLock.get(), &IdleLock::idle, m_window.get(), &MainWindow::lock);
    setState(State::Running);
}

void ConsoleApplication::stopShort()
{
    setState(State::StoppedShort);
    if (m_inTray)
        m_window->show(); // nothing in the tray: the window says why
}

QCoro::Task<void> ConsoleApplication::quit()
{
    if (m_state == State::Quitting)
        co_return;
    setState(State::Quitting);
    if (m_tray) {
        QPointer<ConsoleApplication> self(this);
        QCoro::Task<void> stopping = m_tray->stop();
        co_await stopping;
        if (!self)
            co_return;
    }
    Q_EMIT finished();
}

// The scheduler of this database stops cleanly first; the new process takes over the single-instance guard.
QCoro::Task<void> ConsoleApplication::switchDatabase()
{
    QPointer<ConsoleApplication> self(this);
    QCoro::Task<std::optional<QString>> asking = ConsoleLauncher::askForDatabase(m_window.get(), &m_secrets);
    const std::optional<QString> url = co_await asking;
    if (!self || !url)
        co_return;
    if (url->isEmpty()) {
        m_restartArguments = {u"--demo"_s};
    } else {
        // The successor reads the password from the keychain, not from its command line.
        m_restartArguments = ConsoleLauncher::reopenArguments({}, ConnectionSettings::fromUrl(*url));
    }
    QCoro::Task<void> quitting = quit();
    co_await quitting;
}
