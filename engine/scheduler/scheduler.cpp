#include "scheduler/scheduler.h"

#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "metrics/metricsrollup.h"
#include "scheduler/schedulerhousekeeping.h"

#include <QCoroSignal>
#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;

Scheduler::Scheduler(ConnectionSettings settings, std::shared_ptr<const Clock> clock, Options options,
                     QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(std::move(clock)), m_options(std::move(options)),
      m_network(network), m_shared(std::make_shared<Shared>())
{
    m_shared->db = std::make_unique<Database>(m_settings, 1);
    m_shared->runner = std::make_unique<AgentRunner>(m_settings, m_clock, network);
    m_shared->batches = std::make_unique<BatchCollector>(m_settings, m_clock, network);
    if (m_options.host.isEmpty())
        m_options.host = QHostInfo::localHostName();
    m_wake.setSingleShot(true);
}

Scheduler::~Scheduler()
{
    m_shared->alive = false;
    m_wake.stop();
}

QCoro::Task<TickReport> Scheduler::tick()
{
    const std::shared_ptr<Shared> shared = m_shared;
    m_busy = true;
    Q_EMIT stateChanged();
    TickReport report;
    try {
        QCoro::Task<std::optional<SchedulePlan>> planning = housekeepAndPlan(shared, report);
        const std::optional<SchedulePlan> plan = co_await planning;
        if (!plan)
            co_return report; // the scheduler was destroyed meanwhile
        // Batches first: one that has ended frees its agent for a slot due now.
        QCoro::Task<bool> collecting = collectBatches(shared, report);
        if (!co_await collecting)
            co_return report;
        QCoro::Task<bool> running = runWhatIsDue(shared, *plan, report);
        if (!co_await running)
            co_return report;
        QCoro::Task<void> assessing = assessHealth(shared, report);
        co_await assessing;
    } catch (const DbError &error) {
        report.problems << error.message();
    }
    if (!shared->alive)
        co_return report;
    for (const QString &problem : std::as_const(report.problems))
        qCWarning(lcScheduler) << problem;
    m_busy = false;
    Q_EMIT tickFinished(report);
    Q_EMIT stateChanged();
    co_return report;
}

QCoro::Task<std::optional<SchedulePlan>> Scheduler::housekeepAndPlan(std::shared_ptr<Shared> shared, TickReport &report)
{
    QFuture<std::pair<SchedulerHousekeeping::Done, SchedulePlan>> planning =
        shared->db->run([agents = m_options.agents, graceSecs = m_options.graceSecs, clock = m_clock](SqlSession &s) {
            const SchedulerHousekeeping::Done done = SchedulerHousekeeping::run(s, agents, clock);
            return std::pair(done, SchedulePlan::read(s, agents, clock, graceSecs));
        });
    const std::pair<SchedulerHousekeeping::Done, SchedulePlan> planned = co_await planning;
    if (!shared->alive)
        co_return std::nullopt;
    report.expiredApprovals = planned.first.expiredApprovals;
    report.interruptedRuns = planned.first.interruptedRuns;
    report.zone = planned.second.zone.isValid() ? planned.second.zone : QTimeZone::utc();
    co_return planned.second;
}

QCoro::Task<bool> Scheduler::collectBatches(std::shared_ptr<Shared> shared, TickReport &report)
{
    BatchCollector::Options collecting;
    collecting.agents = m_options.agents;
    collecting.apiKey = m_options.apiKey;
    QCoro::Task<QList<BatchCheck>> checking = shared->batches->check(collecting);
    QList<BatchCheck> checked = co_await checking;
    if (!shared->alive)
        co_return false;
    for (const BatchCheck &check : std::as_const(checked)) {
        if (check.outcome == BatchCheck::Outcome::Deferred)
            report.problems << check.problem;
    }
    report.batches = std::move(checked);
    co_return true;
}

QCoro::Task<bool> Scheduler::runWhatIsDue(std::shared_ptr<Shared> shared, SchedulePlan plan, TickReport &report)
{
    report.problems << plan.problems();
    report.nextWake = plan.nextWake();
    for (const SchedulePlan::Entry &due : std::as_const(plan.agents)) {
        if (!due.dueSlot || !shared->alive || m_stopping)
            continue;
        if (due.agent == Agent::RevenueOptimizer && m_options.rollUpMetrics) {
            QCoro::Task<bool> rolling = rollUpMetrics(shared, report);
            if (!co_await rolling)
                co_return false;
        }
        RunOptions run;
        run.agent = due.agent;
        run.trigger = RunClaim::Trigger::Schedule;
        run.scheduledSlot = *due.dueSlot;
        run.host = m_options.host;
        run.apiKey = m_options.apiKey;
        if (m_options.provider)
            run.provider = m_options.provider(due.agent);
        QCoro::Task<RunResult> running = shared->runner->run(run);
        // (GCC 12: a co_await inside a braced initialiser corrupts the frame; await into a local first.)
        RunResult result = co_await running;
        if (!shared->alive)
            co_return false;
        const ScheduledRun done{due.agent, *due.dueSlot, std::move(result)};
        qCInfo(lcScheduler) << Agents::id(due.agent) << "slot" << done.slot.toString(Qt::ISODate)
                            << RunStatuses::toText(done.result.status) << done.result.reason;
        report.runs << done;
        Q_EMIT runFinished(done);
    }
    co_return true;
}

QCoro::Task<bool> Scheduler::rollUpMetrics(std::shared_ptr<Shared> shared, TickReport &report)
{
    // The nightly roll-up goes first, so that the optimizer reads yesterday's figures. A roll-up that fails is
    // reported; the run goes ahead on the figures already there.
    QFuture<QString> rolling = shared->db->run([clock = m_clock](SqlSession &s) {
        const MetricsRollup rollup = MetricsRollup::forDatabase(s, clock);
        const auto [from, to] = rollup.nightlyRange();
        return rollup.run(s, from, to).summary();
    });
    try {
        report.metricsRollup = co_await rolling;
    } catch (const DbError &error) {
        report.problems << u"the daily metrics could not be rolled up: %1"_s.arg(error.message());
    }
    co_return shared->alive;
}

QCoro::Task<void> Scheduler::assessHealth(std::shared_ptr<Shared> shared, TickReport &report)
{
    // The agents whose scheduled runs failed in this pass, run now or collected from their batch.
    QList<Agent> failed;
    for (const ScheduledRun &r : std::as_const(report.runs)) {
        if (r.result.status == RunStatus::Failed)
            failed << r.agent;
    }
    for (const BatchCheck &c : std::as_const(report.batches)) {
        if (c.run.status == RunStatus::Failed)
            failed << c.agent;
    }
    QFuture<QList<AgentHealth>> reading =
        shared->db->run([options = m_options, clock = m_clock, failed](SqlSession &s) {
            const BusinessCalendar calendar = ContextRequestLoader::load(s, Agent::OfficeManager, clock).calendar;
            return SchedulerHealth::assess(s, options.agents, failed, calendar, options.alertAfterFailures,
                                           options.graceSecs);
        });
    report.health = co_await reading;
}

void Scheduler::start()
{
    if (m_loop)
        return;
    m_stopping = false;
    m_loop.emplace(loop());
    Q_EMIT stateChanged();
}

void Scheduler::pause()
{
    m_paused = true;
    Q_EMIT stateChanged();
}

void Scheduler::resume()
{
    m_paused = false;
    m_wake.start(0); // look now
    Q_EMIT stateChanged();
}

QCoro::Task<void> Scheduler::stop()
{
    if (!m_loop)
        co_return;
    m_stopping = true;
    m_wake.start(0);  // out of the sleep
    co_await *m_loop; // and the pass in progress, if any, to its end
    m_loop.reset();
    Q_EMIT stateChanged();
}

QCoro::Task<void> Scheduler::sleepUntilNextPass(qint64 ms)
{
    m_wake.start(int(std::clamp<qint64>(ms, 0, qint64(m_options.maxSleepSecs) * 1000)));
    auto timedOut = qCoro(&m_wake, &QTimer::timeout);
    co_await timedOut;
}

QCoro::Task<void> Scheduler::loop()
{
    const std::shared_ptr<Shared> shared = m_shared;
    while (shared->alive && !m_stopping) {
        qint64 sleepMs = qint64(m_options.maxSleepSecs) * 1000;
        if (!m_paused) {
            QCoro::Task<TickReport> ticking = tick();
            const TickReport report = co_await ticking;
            if (!shared->alive)
                co_return;
            if (report.nextWake.isValid())
                sleepMs = std::max<qint64>(m_clock->nowUtc().msecsTo(report.nextWake) + 500, 0);
        }
        if (m_stopping)
            break;
        QCoro::Task<void> sleeping = sleepUntilNextPass(sleepMs);
        co_await sleeping;
        if (!shared->alive)
            co_return;
    }
}
