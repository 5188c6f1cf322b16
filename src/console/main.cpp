#include "consolelauncher.h"
#include "core/bootstrap.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bootstrap::initialize(QStringLiteral("mentats-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mentats Console"));
    const ConsoleLauncher::Options options = ConsoleLauncher::parse(QApplication::arguments());

    MainWindow window;
    window.show();
    ConsoleLauncher::open(&window, options);
    return app.exec();
}
