#include "cliapp.h"
#include "core/bootstrap.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

// `mentats export` may paint a PDF, and Qt paints only under a QGuiApplication. A server has no display, so it
// gets the offscreen platform; every other command stays a plain QCoreApplication.
bool paints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (paints(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Bootstrap::initialize(QStringLiteral("mentats"));
    CliApp cli;
    // Start inside the event loop, so a command that finishes at once still ends it.
    QTimer::singleShot(0, app.get(), [&cli, &app]() {
        QCoro::connect(cli.run(QCoreApplication::arguments()), app.get(), [](int exitCode) {
            QCoreApplication::exit(exitCode);
        });
    });
    return app->exec();
}
