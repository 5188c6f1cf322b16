#include "simulatecommand.h"

#include "db/dberror.h"
#include "demo/demodatabase.h"
#include "exitcode.h"
#include "output.h"
#include "simulation/simulator.h"

using namespace Qt::Literals::StringLiterals;

namespace {

int wholeNumber(const QCommandLineParser &parser, const QString &option, int low, int high)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < low || value > high)
        throw DbError(DbError::Kind::Usage,
                      u"--%1 must be a whole number from %2 to %3, not \"%4\"."_s.arg(option).arg(low).arg(high).arg(
                          parser.value(option)));
    return value;
}

} // namespace

QString SimulateCommand::summary() const
{
    return u"Run the agents over a simulated store on simulated time and print a scorecard of their judgement."_s;
}

QString SimulateCommand::usage() const
{
    return {};
}

void SimulateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"size"_s, u"small (15 staff, 2 locations), medium (150, 10) or large (2,400, 40)."_s, u"size"_s, u"small"_s});
    parser.addOption({u"staff"_s, u"How many people work shifts (default: the size's)."_s, u"n"_s});
    parser.addOption({u"days"_s, u"How many days to simulate."_s, u"n"_s, u"7"_s});
    parser.addOption({u"seed"_s, u"Seed for the store and its people (same seed, same store)."_s, u"n"_s, u"1"_s});
    parser.addOption({u"model"_s,
                      u"rules (offline), eager (a worst-case model), injection (obeys instructions in staff text), "
                      "or with --provider the real model's name."_s,
                      u"name"_s, u"rules"_s});
    parser.addOption({u"provider"_s,
                      u"A real provider (anthropic, openai, openai-compatible): its cost is real; the key comes from "
                      "the environment."_s,
                      u"provider"_s});
    parser.addOption({u"base-url"_s, u"The real provider's base URL."_s, u"url"_s});
    parser.addOption({u"context-tokens"_s,
                      u"The agents' context budget in tokens (default: as configured, 4,000): a smaller one shows how "
                      "the context degrades and splits."_s,
                      u"n"_s});
    parser.addOption({u"json"_s, u"Print the scorecard as JSON."_s});
    parser.addOption({u"keep"_s, u"Keep the store's database for inspection and print its URL."_s});
    parser.addOption(
        {u"dir"_s,
         u"Where the private cluster lives (default: the demo's, %1)."_s.arg(DemoDatabase::defaultDirectory()),
         u"dir"_s});
}

QCoro::Task<int> SimulateCommand::run(const QCommandLineParser &parser)
{
    SimulationOptions options;
    const auto size = SimulationOptions::parseSize(parser.value(u"size"_s));
    if (!size)
        throw DbError(DbError::Kind::Usage,
                      u"--size must be small, medium or large, not \"%1\"."_s.arg(parser.value(u"size"_s)));
    options.size = *size;
    if (parser.isSet(u"staff"_s))
        options.staff = wholeNumber(parser, u"staff"_s, 2, 20000);
    options.days = wholeNumber(parser, u"days"_s, 1, 366);
    bool seedOk = false;
    options.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        throw DbError(DbError::Kind::Usage,
                      u"--seed must be a whole number, not \"%1\"."_s.arg(parser.value(u"seed"_s)));
    if (parser.isSet(u"provider"_s)) {
        options.model = SimulationOptions::Model::Provider;
        options.providerId = parser.value(u"provider"_s);
        options.providerModel = parser.value(u"model"_s);
        options.baseUrl = parser.value(u"base-url"_s);
        if (!parser.isSet(u"model"_s))
            throw DbError(DbError::Kind::Usage, u"With --provider, name the model with --model."_s);
        Output::error(u"This simulation calls %1's %2 for real: every Office Manager tick of %3 days at a %4 store "
                      "is a paid call."_s.arg(options.providerId, options.providerModel)
                          .arg(options.days)
                          .arg(SimulationOptions::sizeName(options.size)));
    } else {
        const auto model = SimulationOptions::parseModel(parser.value(u"model"_s));
        if (!model)
            throw DbError(DbError::Kind::Usage,
                          u"--model must be rules, eager or injection (or give --provider), not \"%1\"."_s.arg(
                              parser.value(u"model"_s)));
        options.model = *model;
    }
    if (parser.isSet(u"context-tokens"_s))
        options.contextTokens = wholeNumber(parser, u"context-tokens"_s, 500, 200000);
    options.keep = parser.isSet(u"keep"_s);
    if (parser.isSet(u"dir"_s))
        options.clusterDirectory = parser.value(u"dir"_s);

    Simulator simulator(options);
    int lastDay = -1;
    QObject::connect(&simulator, &Simulator::progress, &simulator,
                     [&lastDay](qint64 done, qint64, const QString &what) {
                         if (int(done / (24 * 60)) != lastDay) {
                             lastDay = int(done / (24 * 60));
                             Output::progress(u"Simulating %1"_s.arg(what));
                         }
                     });
    QCoro::Task<Scorecard> running = simulator.run();
    const Scorecard card = co_await running;
    if (parser.isSet(u"json"_s))
        Output::line(QString::fromStdString(card.toJson().dump(2)));
    else
        Output::line(card.toText());
    if (options.keep)
        Output::line(u"The store's database is kept: %1"_s.arg(simulator.databaseUrl()));
    co_return ExitOk;
}
