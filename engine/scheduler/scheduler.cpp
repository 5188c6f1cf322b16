#include "scheduler/scheduler.h"

#include "context/contextformat.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "metrics/metricsrollup.h"
#include "tools/approvalqueue.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QCoroSignal>
#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

struct AgentPlan
{
    Agent agent = Agent::OfficeManager;
    std::optional<QDateTime> dueSlot;
    QDateTime nextWake;
    QString problem;
};

struct Plan
{
    QList<AgentPlan> agents;
    QTimeZone zone;
    int expiredApprovals = 0;
    int interruptedRuns = 0;
};

} // namespace

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
    const Options options = m_options;
    const std::shared_ptr<const Clock> clock = m_clock;
    QFuture<Plan> planning = shared->db->run([options, clock](SqlSession &s) {
        Plan plan;
        plan.expiredApprovals = ApprovalQueue(ToolExecutor({}), clock).expire(s);
        // The business calendar is one setting shared by both agents: read once per pass.
        const BusinessCalendar calendar = ContextRequestLoader::load(s, Agent::OfficeManager, clock).calendar;
        plan.zone = calendar.zone();
        for (const Agent agent : options.agents) {
            AgentPlan p;
            p.agent = agent;
            plan.interruptedRuns += SchedulerHealth::closeInterrupted(s, agent);
            const QVariant cron =
                s.scalar(u"SELECT cron_schedule FROM ai_config WHERE agent::text = ?"_s, {Agents::id(agent)});
            QString error;
            const std::optional<CronExpression> schedule = CronExpression::parse(cron.toString(), &error);
            if (!schedule) {
                p.problem =
                    cron.isNull()
                        ? u"the %1 has no configuration: run `mentats migrate`"_s.arg(Agents::displayName(agent))
                        : u"the %1 will not run: %2"_s.arg(Agents::displayName(agent), error);
                plan.agents << p;
                continue;
            }
            const SlotPlanner planner(*schedule, calendar.zone(), options.graceSecs);
            const QDateTime last = ContextFormat::timestamp(
                s.scalar(u"SELECT max(scheduled_slot) FROM mentats_runs WHERE agent = ?"_s, {Agents::id(agent)}));
            const QDateTime now = clock->nowUtc();
            p.dueSlot = planner.dueSlot(now, last);
            p.nextWake = planner.nextWake(now);
            plan.agents << p;
        }
        return plan;
    });
    try {
        const Plan plan = co_await planning;
        if (!shared->alive)
            co_return report;
        report.expiredApprovals = plan.expiredApprovals;
        report.interruptedRuns = plan.interruptedRuns;
        report.zone = plan.zone.isValid() ? plan.zone : QTimeZone::utc();
        // Batches first: one that has ended frees its agent for a slot due now.
        BatchCollector::Options collecting;
        collecting.agents = m_options.agents;
        collecting.apiKey = m_options.apiKey;
        QCoro::Task<QList<BatchCheck>> checking = shared->batches->check(collecting);
        QList<BatchCheck> checked = co_await checking;
        if (!shared->alive)
            co_return report;
        for (const BatchCheck &check : std::as_const(checked)) {
            if (check.outcome == BatchCheck::Outcome::Deferred)
                report.problems << check.problem;
        }
        report.batches = std::move(checked);
        for (const AgentPlan &p : plan.agents) {
            if (!p.problem.isEmpty())
                report.problems << p.problem;
            if (p.nextWake.isValid() && (!report.nextWake.isValid() || p.nextWake < report.nextWake))
                report.nextWake = p.nextWake;
            if (!p.dueSlot || !shared->alive || m_stopping)
                continue;
            if (p.agent == Agent::RevenueOptimizer && m_options.rollUpMetrics) {
                // The nightly roll-up goes first, so that the optimizer reads yesterday's figures. A roll-up that
                // fails is reported; the run goes ahead on the figures already there.
                QFuture<QString> rolling = shared->db->run([clock](SqlSession &s) {
                    const MetricsRollup rollup = MetricsRollup::forDatabase(s, clock);
                    const auto [from, to] = rollup.nightlyRange();
                    return rollup.run(s, from, to).summary();
                });
                try {
                    report.metricsRollup = co_await rolling;
                } catch (const DbError &error) {
                    report.problems << u"the daily metrics could not be rolled up: %1"_s.arg(error.message());
                }
                if (!shared->alive)
                    co_return report;
            }
            RunOptions run;
            run.agent = p.agent;
            run.trigger = RunClaim::Trigger::Schedule;
            run.scheduledSlot = *p.dueSlot;
            run.host = m_options.host;
            run.apiKey = m_options.apiKey;
            QCoro::Task<RunResult> running = shared->runner->run(run);
            // (GCC 12: a co_await inside a braced initialiser corrupts the frame; await into a local first.)
            RunResult result = co_await running;
            if (!shared->alive)
                co_return report;
            const ScheduledRun done{p.agent, *p.dueSlot, std::move(result)};
            qCInfo(lcScheduler) << Agents::id(p.agent) << "slot" << done.slot.toString(Qt::ISODate)
                                << done.result.status << done.result.reason;
            report.runs << done;
            Q_EMIT runFinished(done);
        }
        const Options opts = m_options;
        QFuture<QList<AgentHealth>> reading =
            shared->db->run([opts, clock, ran = report.runs, collected = report.batches](SqlSession &s) {
                QList<AgentHealth> health;
                const BusinessCalendar calendar = ContextRequestLoader::load(s, Agent::OfficeManager, clock).calendar;
                for (const Agent agent : opts.agents) {
                    const bool failed = std::any_of(ran.cbegin(), ran.cend(),
                                                    [agent](const ScheduledRun &r) {
                                                        return r.agent == agent && r.result.status == u"failed"_s;
                                                    }) ||
                                        std::any_of(collected.cbegin(), collected.cend(), [agent](const BatchCheck &c) {
                                            return c.agent == agent && c.run.status == u"failed"_s;
                                        });
                    if (failed && SchedulerHealth::alertIfFailing(s, agent, opts.alertAfterFailures))
                        qCWarning(lcScheduler) << Agents::id(agent) << "keeps failing: managers were told";
                    health << SchedulerHealth::read(s, agent, calendar, opts.graceSecs);
                }
                return health;
            });
        report.health = co_await reading;
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
