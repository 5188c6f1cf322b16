#include "consolelauncher.h"
#include "core/bootstrap.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    window.show();
    ConsoleLauncher::open(&window, options, &secrets);
    return app.exec();
}
