#include "cliapp.h"
#include "core/bootstrap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

// `mentats export --format pdf` paints, and Qt paints only under a QGuiApplication. A server has no display, so
// it gets the offscreen platform; every other command stays a plain QCoreApplication.
bool paints(int argc, char *argv[])
{
    bool exporting = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
        pdf = pdf || std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--format=pdf") == 0;
    }
    return exporting && pdf;
}

// A service or cron job has no login session and so no XDG_RUNTIME_DIR, which Qt Gui wants (and complains on
// standard error about when missing): give it a private one, as Qt itself would.
void ensureRuntimeDir()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::temp().filePath(QStringLiteral("mentats-runtime-%1").arg(::getuid()));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (paints(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Bootstrap::initialize(QStringLiteral("mentats"));
    CliApp cli;
    // Start inside the event loop, so a command that finishes at once still ends it.
    QTimer::singleShot(0, app.get(), [&cli, &app]() {
        QCoro::connect(cli.run(QCoreApplication::arguments()), app.get(),
                       [](int exitCode) { QCoreApplication::exit(exitCode); });
    });
    return app->exec();
}
