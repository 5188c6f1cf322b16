#include "connectiondialog.h"
#include "consolelauncher.h"
#include "core/bootstrap.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCoroSignal>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTranslator>

namespace {

QCoro::Task<void> switchDatabase(MainWindow *window, SecretStore *secrets, QStringList *restartArguments)
{
    auto *dialog = new ConnectionDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto finished = qCoro(dialog, &QDialog::finished);
    if (co_await finished != QDialog::Accepted)
        co_return;
    if (dialog->demoChosen()) {
        *restartArguments = {QStringLiteral("--demo")};
    } else {
        const ConnectionSettings chosen = dialog->settings();
        ConnectionDialog::remember(chosen);
        ConnectionSettings withoutPassword = chosen;
        withoutPassword.password.clear();
        *restartArguments = {QStringLiteral("--db"), withoutPassword.toUrl()};
        if (dialog->rememberPassword() && !chosen.password.isEmpty()) {
            QCoro::Task<void> writing =
                secrets->write(SecretStore::passwordKey(chosen.endpoint(), chosen.database, chosen.user), chosen.password);
            try {
                co_await writing;
            } catch (const SecretStoreError &) {
                // the new process will ask: libpq finds no password
            }
        }
    }
    Q_EMIT window->quitRequested();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bootstrap::initialize(QStringLiteral("mentats-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mentats Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mentats/icons/mentats.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mentats"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const ConsoleLauncher::Options options = ConsoleLauncher::parse(QApplication::arguments());
    SingleInstance instance;
    if (!instance.claim())
        return 0; // the console already running shows its window instead
    // With a tray the app lives on there (with the scheduler) when the window closes; Quit, or closing the window
    // where there is no tray, ends it after the scheduler's run in progress.
    QApplication::setQuitOnLastWindowClosed(false);
    KeychainSecretStore secrets;
    MainWindow window;
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
        window.show();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&window, &MainWindow::quitRequested, &app, [&window] {
        if (!window.findChild<QObject *>(QStringLiteral("trayMenu")))
            QApplication::quit(); // no session yet, no scheduler to stop
    });
    // File ▸ Connect to Another Database…: choose it, then start afresh on it (the scheduler of this database
    // stops cleanly first; the new process takes over the single-instance guard).
    QStringList restartArguments;
    QObject::connect(&window, &MainWindow::connectRequested, &window,
                     [&] { switchDatabase(&window, &secrets, &restartArguments); });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&] {
        if (restartArguments.isEmpty())
            return;
        instance.release();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), restartArguments);
    });
    window.show();
    ConsoleLauncher::open(&window, options, &secrets);
    return app.exec();
}
