#include "app/consoleapplication.h"
#include "app/singleinstance.h"
#include "core/bootstrap.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
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
    // The console ends when it says so (Quit, after the scheduler's run), not when its window closes to the tray.
    QApplication::setQuitOnLastWindowClosed(false);
    KeychainSecretStore secrets;
    ConsoleApplication console(options, secrets);
    QObject::connect(&instance, &SingleInstance::raiseRequested, &console, &ConsoleApplication::showWindow);
    QObject::connect(&console, &ConsoleApplication::finished, &app, &QApplication::quit);
    console.start();
    const int status = QApplication::exec();
    // After a switch of database, its successor takes over the single-instance guard.
    if (!console.restartArguments().isEmpty()) {
        instance.release();
        QProcess::startDetached(QCoreApplication::applicationFilePath(), console.restartArguments());
    }
    return status;
}
