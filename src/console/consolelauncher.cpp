#include "consolelauncher.h"

#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPointer>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

ConsoleLauncher::Options ConsoleLauncher::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Mentats Console: configure and watch TeamTime's AI agents."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"db"_s, u"The TeamTime database URL (default: $MENTATS_DATABASE_URL)."_s, u"url"_s});
    parser.addOption({u"demo"_s, u"Open the local demo database, starting it if needed."_s});
    parser.addOption({u"demo-dir"_s, u"Where the demo database lives."_s, u"dir"_s, DemoDatabase::defaultDirectory()});
    parser.process(arguments);

    Options options;
    options.databaseUrl = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : qEnvironmentVariable("MENTATS_DATABASE_URL");
    options.demo = parser.isSet(u"demo"_s);
    options.demoDirectory = parser.value(u"demo-dir"_s);
    return options;
}

QCoro::Task<void> ConsoleLauncher::open(MainWindow *window, Options options)
{
    QPointer<MainWindow> target(window);
    try {
        if (options.demo) {
            window->statusBar()->showMessage(QCoreApplication::translate("ConsoleLauncher",
                                                                         "Starting the demo database…"));
            // The DemoDatabase outlives the await: it is owned by this coroutine's frame.
            DemoDatabase demo(options.demoDirectory);
            QCoro::Task<DemoDatabase::StartResult> starting = demo.startAsync(DemoOptions{});
            const DemoDatabase::StartResult result = co_await starting;
            if (target)
                target->showDatabase(result.settings);
            co_return;
        }
        if (options.databaseUrl.isEmpty()) {
            window->showError(QCoreApplication::translate(
                "ConsoleLauncher", "No database given: start the console with --db postgresql://user@host/teamtime, "
                                   "set MENTATS_DATABASE_URL, or use --demo."));
            co_return;
        }
        ConnectionSettings settings = ConnectionSettings::fromUrl(options.databaseUrl);
        settings.applicationName = u"mentats-console"_s;
        window->showDatabase(settings);
    } catch (const DbError &error) {
        if (target)
            target->showError(error.message());
    }
}
