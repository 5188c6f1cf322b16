#include "consolelauncher.h"

#include "connectiondialog.h"
#include "consolesession.h"
#include "db/database.h"
#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "migrationprompt.h"
#include "migrations/migrator.h"
#include "secretstore.h"
#include "settingspage.h"
#include "signindialog.h"
#include "traycontroller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroSignal>
#include <QLoggingCategory>
#include <QPointer>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConsole, "mentats.console")

namespace {

QCoro::Task<void> quitAfter(TrayController *tray)
{
    QCoro::Task<void> stopping = tray->stop();
    co_await stopping;
    QCoreApplication::quit();
}

} // namespace

QCoro::Task<std::optional<QString>> ConsoleLauncher::askForDatabase(MainWindow *window, SecretStore *secrets)
{
    QPointer<MainWindow> target(window);
    auto *dialog = new ConnectionDialog(window);
    QPointer<ConnectionDialog> guard(dialog);
    dialog->open();
    auto finished = qCoro(dialog, &QDialog::finished);
    const int result = co_await finished;
    if (!guard || result != QDialog::Accepted)
        co_return std::nullopt;
    dialog->deleteLater();
    if (dialog->demoChosen())
        co_return QString();
    const ConnectionSettings settings = dialog->settings();
    ConnectionDialog::remember(settings);
    if (dialog->rememberPassword() && !settings.password.isEmpty()) {
        QCoro::Task<void> writing = secrets->write(
            SecretStore::passwordKey(settings.endpoint(), settings.database, settings.user), settings.password);
        try {
            co_await writing;
        } catch (const SecretStoreError &error) {
            if (target)
                target->statusBar()->showMessage(error.message);
        }
    }
    co_return settings.toUrl();
}

ConsoleLauncher::Options ConsoleLauncher::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Mentats Console: configure and watch TeamTime's AI agents."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, u"The TeamTime database URL (default: $MENTATS_DATABASE_URL)."_s, u"url"_s});
    parser.addOption({u"demo"_s, u"Open the local demo database, starting it if needed."_s});
    parser.addOption({u"demo-dir"_s, u"Where the demo database lives."_s, u"dir"_s, DemoDatabase::defaultDirectory()});
    parser.addOption({u"tray"_s, u"Start in the system tray, showing only the sign-in (as when starting with the "
                                 "session)."_s});
    parser.process(arguments);

    Options options;
    options.databaseUrl = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : qEnvironmentVariable("MENTATS_DATABASE_URL");
    options.demo = parser.isSet(u"demo"_s);
    options.demoDirectory = parser.value(u"demo-dir"_s);
    options.tray = parser.isSet(u"tray"_s);
    return options;
}

QStringList ConsoleLauncher::reopenArguments(const Options &options, const ConnectionSettings &settings)
{
    if (options.demo) {
        QStringList arguments{u"--demo"_s};
        if (options.demoDirectory != DemoDatabase::defaultDirectory())
            arguments << u"--demo-dir"_s << options.demoDirectory;
        return arguments;
    }
    ConnectionSettings withoutPassword = settings;
    withoutPassword.password.clear();
    withoutPassword.applicationName = ConnectionSettings().applicationName; // the console sets its own
    return {u"--db"_s, withoutPassword.toUrl()};
}

QCoro::Task<void> ConsoleLauncher::open(MainWindow *window, Options options, SecretStore *secrets)
{
    QPointer<MainWindow> target(window);
    try {
        ConnectionSettings settings;
        QString hint;
        if (options.demo) {
            window->statusBar()->showMessage(
                QCoreApplication::translate("ConsoleLauncher", "Starting the demo database…"));
            // The DemoDatabase outlives the await: it is owned by this coroutine's frame.
            DemoDatabase demo(options.demoDirectory);
            QCoro::Task<DemoDatabase::StartResult> starting = demo.startAsync(DemoOptions{});
            const DemoDatabase::StartResult result = co_await starting;
            settings = result.settings;
            hint = QCoreApplication::translate("ConsoleLauncher",
                                               "Demo: sign in as any demo admin or manager (for example \"%1\") with "
                                               "the password \"%2\".")
                       .arg(u"%1"_s, QString::fromLatin1(DemoOptions::kManagerPassword));
        } else {
            if (options.databaseUrl.isEmpty()) {
                // First start (or no --db): ask, offering the recent connections and the demo.
                QCoro::Task<std::optional<QString>> asking = askForDatabase(window, secrets);
                const std::optional<QString> url = co_await asking;
                if (!target)
                    co_return;
                if (!url) {
                    window->showError(QCoreApplication::translate(
                        "ConsoleLauncher", "No database chosen: use File ▸ Connect to Another Database…, start with "
                                           "--db postgresql://user@host/teamtime, or use --demo."));
                    co_return;
                }
                if (url->isEmpty()) { // the demo
                    options.demo = true;
                    QCoro::Task<void> again = open(window, options, secrets);
                    co_await again;
                    co_return;
                }
                options.databaseUrl = *url;
            }
            settings = ConnectionSettings::fromUrl(options.databaseUrl);
            if (settings.password.isEmpty()) {
                QCoro::Task<QString> reading =
                    secrets->read(SecretStore::passwordKey(settings.endpoint(), settings.database, settings.user));
                try {
                    settings.password = co_await reading;
                } catch (const SecretStoreError &) {
                    // no keychain: libpq may still find ~/.pgpass or PGPASSWORD
                }
            }
        }
        settings.applicationName = u"mentats-console"_s;
        if (!target)
            co_return;
        window->showDatabase(settings);
        qCInfo(lcConsole) << "opening" << settings.redactedUrl();
        auto *session = new ConsoleSession(settings, Clock::system(), window);

        const Migrator migrator;
        QCoro::Task<SchemaStatus> inspecting = migrator.inspect(session->db());
        const SchemaStatus status = co_await inspecting;
        if (!target)
            co_return;
        if (!status.isTeamTime()) {
            qCWarning(lcConsole) << "not a TeamTime database:" << settings.redactedUrl();
            co_return; // the checks page says what is wrong
        }
        if (status.pendingCount() > 0) {
            qCInfo(lcConsole) << status.pendingCount() << "migrations pending: asking whether to apply them";
            QCoro::Task<bool> asking = MigrationPrompt::ask(window, status);
            const bool apply = co_await asking;
            if (!apply || !target)
                co_return;
            window->statusBar()->showMessage(QCoreApplication::translate("ConsoleLauncher", "Applying the changes…"));
            QCoro::Task<QList<Migration>> migrating = migrator.migrate(session->db());
            co_await migrating;
            if (!target)
                co_return;
            window->showDatabase(settings); // check again
        }

        if (!hint.isEmpty()) {
            QFuture<QString> finding = session->db().run([](SqlSession &s) {
                return s
                    .scalar(u"SELECT username FROM users WHERE role = 'admin' AND is_active AND password_hash IS NOT "
                            "NULL ORDER BY created_at LIMIT 1"_s)
                    .toString();
            });
            const QString admin = co_await finding;
            hint = hint.arg(admin);
        }
        if (!target)
            co_return;
        auto *dialog = new SignInDialog(*session, window);
        QPointer<SignInDialog> guard(dialog);
        dialog->setHint(hint);
        qCInfo(lcConsole) << "waiting for a manager to sign in";
        dialog->open();
        auto finished = qCoro(dialog, &QDialog::finished);
        const int result = co_await finished;
        if (!guard || !target)
            co_return;
        dialog->deleteLater();
        if (result != QDialog::Accepted) {
            qCInfo(lcConsole) << "sign-in cancelled";
            co_return;
        }
        qCInfo(lcConsole) << "signed in; the scheduler starts in the console";
        session->setSecretStore(secrets);
        window->openSession(session, secrets);
        window->findChild<SettingsPage *>()->setStartArguments(reopenArguments(options, settings));
        // "Replay…" in the action log: the dry-run workspace takes the run up, and comes forward.
        QObject::connect(session, &ConsoleSession::replayRequested, window,
                         [window] { window->showPage(MainWindow::Page::DryRun); });
        // The scheduler runs in the app while it is open; Quit stops it cleanly (after the run in progress).
        auto *tray = new TrayController(*session, *secrets, *window, window);
        const auto quit = [tray] { quitAfter(tray); };
        QObject::connect(tray, &TrayController::quitRequested, tray, quit);
        QObject::connect(window, &MainWindow::quitRequested, tray, quit);
        QObject::connect(window->findChild<SettingsPage *>(), &SettingsPage::savedSettings, tray,
                         &TrayController::setNotificationSettings);
        tray->start();
        auto *idle = new IdleLock(window);
        QObject::connect(idle, &IdleLock::idle, window, &MainWindow::lock);
    } catch (const DbError &error) {
        qCWarning(lcConsole) << "could not open the database:" << error.message();
        if (target)
            target->showError(error.message());
    }
}
