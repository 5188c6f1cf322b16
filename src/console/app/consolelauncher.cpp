#include "app/consolelauncher.h"

#include "app/mainwindow.h"
#include "connect/connectiondialog.h"
#include "demo/demodatabase.h"
#include "secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoroSignal>
#include <QPointer>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

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
                target->statusBar()->showMessage(error.message());
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
