#include "simulation/simulator.h"

#include "cluster/pgcluster.h"
#include "core/businesscalendar.h"
#include "core/logging.h"
#include "db/database.h"
#include "demo/demodatabase.h"
#include "llm/rulesprovider.h"
#include "scheduler/scheduler.h"
#include "simulation/simulatedclock.h"
#include "simulation/simulatedmodel.h"
#include "simulation/simulatedstore.h"
#include "simulation/storelife.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kStepSecs = 5 * 60; // how finely the store's life is written between the scheduler's passes

std::function<std::shared_ptr<LlmProvider>(Agent)> modelFor(const SimulationOptions &options,
                                                            const std::shared_ptr<const Clock> &clock)
{
    std::optional<SimulatedModel::Behaviour> behaviour;
    switch (options.model) {
    case SimulationOptions::Model::Rules:
        behaviour = SimulatedModel::Behaviour::Rules;
        break;
    case SimulationOptions::Model::Eager:
        behaviour = SimulatedModel::Behaviour::Eager;
        break;
    case SimulationOptions::Model::Injection:
        behaviour = SimulatedModel::Behaviour::Injection;
        break;
    case SimulationOptions::Model::Provider:
        return {}; // the agents' configured provider, with the environment's key
    }
    // One model per agent for the whole simulation, so that its prompt cache lives across runs as a real one would.
    auto models = std::make_shared<std::map<Agent, std::shared_ptr<LlmProvider>>>();
    return [behaviour = *behaviour, clock, models](Agent agent) {
        std::shared_ptr<LlmProvider> &model = (*models)[agent];
        if (!model)
            model = std::make_shared<SimulatedModel>(behaviour, clock);
        return model;
    };
}

} // namespace

Simulator::Simulator(SimulationOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

Simulator::~Simulator() = default;

QCoro::Task<Scorecard> Simulator::run()
{
    QElapsedTimer wall;
    wall.start();
    const QString directory =
        m_options.clusterDirectory.isEmpty() ? DemoDatabase::defaultDirectory() : m_options.clusterDirectory;
    auto cluster = std::make_shared<PgCluster>(directory);
    const SimulationOptions options = m_options;
    QFuture<SimulatedStore> creating =
        QtConcurrent::run([cluster, options]() { return SimulatedStore::create(*cluster, options); });
    auto store = std::make_shared<SimulatedStore>(co_await creating);
    m_databaseUrl = store->settings.toUrl();

    const QTimeZone zone(BusinessCalendar::kDefaultZoneId);
    const QDateTime start = QDateTime(m_options.firstDay, QTime(0, 0), zone).toUTC();
    const QDateTime end = QDateTime(m_options.firstDay.addDays(m_options.days), QTime(0, 0), zone).toUTC();
    auto clock = std::make_shared<SimulatedClock>(start);
    auto calendar = std::make_shared<BusinessCalendar>(zone, clock);
    auto truth = std::make_shared<GroundTruth>();
    std::optional<Scorecard> card;
    std::exception_ptr failure; // the store goes whatever happened (unless kept)
    QDateTime stoppedAt = start;
    try {
        Database db(store->settings, 1);
        QFuture<void> populating = db.run(
            [store, options, calendar, truth](SqlSession &s) { store->populate(s, options, *calendar, *truth); });
        co_await populating;
        auto life = std::make_shared<StoreLife>(*store, m_options, *calendar, *truth);

        Scheduler::Options schedulerOptions;
        schedulerOptions.host = u"simulator"_s;
        schedulerOptions.provider = modelFor(m_options, clock);
        Scheduler scheduler(store->settings, clock, schedulerOptions);
        const qint64 total = start.secsTo(end) / 60;
        QDateTime nextWake = start;
        for (QDateTime now = start; now < end && !m_cancelled; now = now.addSecs(kStepSecs)) {
            clock->setNow(now);
            stoppedAt = now.addSecs(kStepSecs);
            QFuture<void> living = db.run([life, now](SqlSession &s) { life->advanceTo(s, now); });
            co_await living;
            if (now >= nextWake) {
                QElapsedTimer pass;
                pass.start();
                QCoro::Task<TickReport> ticking = scheduler.tick();
                const TickReport report = co_await ticking;
                if (std::ranges::any_of(report.runs,
                                        [](const ScheduledRun &r) { return r.agent == Agent::OfficeManager; })) {
                    truth->officeManagerRuns << now;
                    if (report.runs.size() == 1)
                        truth->officeManagerPassMs << double(pass.nsecsElapsed()) / 1e6;
                }
                nextWake = report.nextWake.isValid() ? report.nextWake : now.addSecs(15 * 60);
                QFuture<void> reacting = db.run([life](SqlSession &s) { life->react(s); });
                co_await reacting;
            }
            if (now.time().minute() == 0)
                Q_EMIT progress(start.secsTo(now) / 60, total,
                                QLocale::c().toString(calendar->toLocal(now), u"dddd d MMMM, HH:mm"_s));
        }
        clock->setNow(std::min(stoppedAt, end));
        const double seconds = double(wall.elapsed()) / 1000.0;
        SimulationOptions scored = m_options;
        scored.days = int(std::ceil(double(start.secsTo(std::min(stoppedAt, end))) / 86400.0));
        QFuture<Scorecard> scoring = db.run([truth, store, scored, stoppedAt, end, seconds](SqlSession &s) {
            return Scorecard::compute(s, *truth, *store, scored, std::min(stoppedAt, end), seconds);
        });
        card = co_await scoring;
    } catch (...) {
        failure = std::current_exception();
    }
    if (!m_options.keep) {
        const QString name = store->databaseName;
        QFuture<void> dropping = QtConcurrent::run([cluster, name]() { SimulatedStore::drop(*cluster, name); });
        co_await dropping;
    }
    if (failure)
        std::rethrow_exception(failure);
    co_return *card;
}
