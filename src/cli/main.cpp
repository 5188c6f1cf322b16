#include "cliapp.h"
#include "core/bootstrap.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(QStringLiteral("mentats"));
    CliApp cli;
    // Start inside the event loop, so a command that finishes at once still ends it.
    QTimer::singleShot(0, &app, [&cli, &app]() {
        QCoro::connect(cli.run(QCoreApplication::arguments()), &app, [](int exitCode) {
            QCoreApplication::exit(exitCode);
        });
    });
    return app.exec();
}
