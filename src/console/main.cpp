#include "consolelauncher.h"
#include "core/bootstrap.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QTranslator>

namespace {

// The installed translations (share/mentats/translations beside bin/) first, so they can be updated on their own;
// else those built in.
bool loadTranslations(QTranslator &translator)
{
    const QString installed =
        QDir(QApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/mentats/translations"));
    for (const QString &directory : {installed, QStringLiteral(":/i18n")})
        if (translator.load(QLocale(), QStringLiteral("mentats"), QStringLiteral("_"), directory))
            return true;
    return false;
}

QCoro::Task<void> switchDatabase(MainWindow *window, SecretStore *secrets, QStringList *restartArguments)
{
    QCoro::Task<std::optional<QString>> asking = ConsoleLauncher::askForDatabase(window, secrets);
    const std::optional<QString> url = co_await asking;
    if (!url)
        co_return;
    if (url->isEmpty()) {
        *restartArguments = {QStringLiteral("--demo")};
    } else {
        // The successor reads the password from the keychain, not from its command line.
        *restartArguments = ConsoleLauncher::reopenArguments({}, ConnectionSettings::fromUrl(*url));
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
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.mentats.Console"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (loadTranslations(translator))
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
    // Started with the session: only the sign-in shows, and the console lives in the tray. Without a tray, or when
    // opening stops short of a signed-in session (cancelled, unreachable, not TeamTime), the window shows as usual.
    const bool inTray = options.tray && QSystemTrayIcon::isSystemTrayAvailable();
    if (!inTray)
        window.show();
    QCoro::connect(ConsoleLauncher::open(&window, options, &secrets), &window, [&window, inTray] {
        if (inTray && !window.findChild<QObject *>(QStringLiteral("trayMenu")))
            window.show();
    });
    return app.exec();
}
