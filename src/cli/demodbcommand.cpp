#include "demodbcommand.h"

#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "exitcode.h"
#include "output.h"

#include <QCoroFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

QString DemoDbCommand::summary() const
{
    return u"Start, stop or locate the local demo TeamTime database (start prints its URL last)."_s;
}

QString DemoDbCommand::usage() const
{
    return u"start | stop | url"_s;
}

void DemoDbCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"dir"_s, u"Where the demo cluster lives (default: %1)."_s.arg(DemoDatabase::defaultDirectory()), u"dir"_s});
    parser.addOption({u"size"_s,
                      u"small (2 locations, ~15 people, 8 weeks) or large (thousands of people, dozens of "
                      "locations, 2 years)."_s,
                      u"size"_s, u"small"_s});
    parser.addOption({u"seed"_s, u"Seed for the demo data generator (same seed, same business)."_s, u"n"_s, u"1"_s});
}

QCoro::Task<int> DemoDbCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"start"_s && action != u"stop"_s && action != u"url"_s))
        throw DbError(DbError::Kind::Usage, u"Say what to do: mentats demo-db start, stop or url."_s);

    DemoOptions options;
    const auto size = DemoOptions::parseSize(parser.value(u"size"_s));
    if (!size)
        throw DbError(DbError::Kind::Usage,
                      u"--size must be small or large, not \"%1\"."_s.arg(parser.value(u"size"_s)));
    options.size = *size;
    bool seedOk = false;
    options.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        throw DbError(DbError::Kind::Usage,
                      u"--seed must be a whole number, not \"%1\"."_s.arg(parser.value(u"seed"_s)));

    DemoDatabase demo(parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : DemoDatabase::defaultDirectory());
    if (action == u"stop"_s) {
        const bool wasRunning = demo.cluster().isRunning();
        QFuture<void> stopped = QtConcurrent::run([&demo]() { demo.stop(); });
        co_await stopped;
        Output::line(wasRunning ? u"Stopped the demo database in %1."_s.arg(demo.cluster().directory())
                                : u"The demo database in %1 was not running."_s.arg(demo.cluster().directory()));
        co_return ExitOk;
    }
    if (action == u"url"_s) {
        QFuture<std::optional<ConnectionSettings>> found = QtConcurrent::run([&demo]() { return demo.settings(); });
        const auto settings = co_await found;
        if (!settings) {
            Output::error(u"The demo database in %1 is not running: start it with `mentats demo-db start`."_s.arg(
                demo.cluster().directory()));
            co_return ExitFailure;
        }
        Output::line(settings->toUrl());
        co_return ExitOk;
    }

    QFuture<DemoDatabase::StartResult> started = QtConcurrent::run(
        [&demo, options]() { return demo.start(options, [](const QString &step) { Output::progress(step); }); });
    const DemoDatabase::StartResult result = co_await started;
    Output::line(result.reused ? u"Reused the demo database (%1)."_s.arg(DemoOptions::sizeName(options.size))
                               : u"Built the %1 demo database: %2 locations, %3 people."_s
                                     .arg(DemoOptions::sizeName(options.size))
                                     .arg(result.summary.locations)
                                     .arg(result.summary.users));
    Output::line(result.settings.toUrl());
    co_return ExitOk;
}
