#include "consolelauncher.h"
#include "core/bootstrap.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"

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
    KeychainSecretStore secrets;
    MainWindow window;
    window.show();
    ConsoleLauncher::open(&window, options, &secrets);
    return app.exec();
}
