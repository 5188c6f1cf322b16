#pragma once

#include "core/agent.h"
#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/agentrunner.h"
#include "runs/batchcollector.h"
#include "scheduler/scheduleplan.h"
#include "scheduler/schedulerhealth.h"
#include "scheduler/slotplanner.h"

#include <QCoroTask>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <memory>
#include <optional>

class Database;
class LlmProvider;

// A scheduled run and what became of it.
struct ScheduledRun
{
    Agent agent = Agent::OfficeManager;
    QDateTime slot; // UTC
    RunResult result;
};

// One pass of the scheduler.
struct TickReport
{
    QList<ScheduledRun> runs;
    QList<BatchCheck> batches; // the Message Batches pending at the start of the pass, polled and perhaps collected
    QList<AgentHealth> health; // after the pass
    QDateTime nextWake;        // UTC: the earliest next slot of any agent
    QTimeZone zone;            // the business time zone, for showing the times
    int expiredApprovals = 0;
    int interruptedRuns = 0; // "running" records of dead processes, closed
    QStringList problems;    // a schedule that cannot be read, a database that cannot be reached
    QString metricsRollup;   // what the nightly roll-up before the Revenue Optimizer's run did, when it ran
};

// Runs each agent on its ai_config.cron_schedule (new databases: the Office Manager every 15 minutes from 7:00 to
// 19:59, the Revenue Optimizer at 2:00), in the business time zone.
// Several consoles and a headless `mentats scheduler` may run at once against one database: a slot is claimed by
// exactly one of them (RunClaim) and a run never overlaps another of its agent (the agent lock). After a sleep or a
// downtime only the latest slot runs, if it is still within the grace period (SlotPlanner). Each pass also expires
// stale approvals, closes runs left half-recorded by a crashed process, polls the Message Batches that runs are
// waiting for (and finishes those runs once their batch has ended, BatchCollector), and alerts managers once when an
// agent's scheduled runs keep failing. The configuration is re-read on every pass, so an edited schedule takes effect
// within `maxSleepSecs`.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 graceSecs = SlotPlanner::kDefaultGraceSecs;
        int maxSleepSecs = 60;
        int alertAfterFailures = SchedulerHealth::kDefaultAlertAfterFailures;
        QString host; // who ran it, in the run records (default: the machine's name)
        QList<Agent> agents = {Agent::OfficeManager, Agent::RevenueOptimizer};
        // Roll up the last week's daily metrics before each scheduled Revenue Optimizer run (MetricsRollup).
        bool rollUpMetrics = true;
        // API keys for the agents' providers (the console's keychain); unset: the environment's.
        std::function<QString(Agent agent, const QString &provider)> apiKey;
        // When set, the model each agent's runs use instead of its configured provider (the store simulator's).
        std::function<std::shared_ptr<LlmProvider>(Agent agent)> provider;
    };

    Scheduler(ConnectionSettings settings, std::shared_ptr<const Clock> clock, Options options,
              QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~Scheduler() override;

    // One pass now: whatever is due runs (one agent after the other).
    QCoro::Task<TickReport> tick();

    // The loop: a pass now, then at each next slot. pause() lets the running pass finish and starts no other until
    // resume(). stop() waits for the pass in progress (a run is never left half-recorded) and ends the loop.
    void start();
    void pause();
    void resume();
    QCoro::Task<void> stop();
    bool isRunning() const { return m_loop.has_value() && !m_stopping; }
    bool isPaused() const { return m_paused; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void runFinished(const ScheduledRun &run);
    void tickFinished(const TickReport &report);
    void stateChanged();

private:
    struct Shared;

    // The steps of one pass (tick), in order. Each that awaits returns false (or nothing) when the scheduler was
    // destroyed meanwhile: the pass then ends without touching it.
    QCoro::Task<std::optional<SchedulePlan>> housekeepAndPlan(std::shared_ptr<Shared> shared, TickReport &report);
    QCoro::Task<bool> collectBatches(std::shared_ptr<Shared> shared, TickReport &report);
    QCoro::Task<bool> runWhatIsDue(std::shared_ptr<Shared> shared, SchedulePlan plan, TickReport &report);
    QCoro::Task<bool> rollUpMetrics(std::shared_ptr<Shared> shared, TickReport &report);
    QCoro::Task<void> assessHealth(std::shared_ptr<Shared> shared, TickReport &report);

    QCoro::Task<void> loop();
    QCoro::Task<void> sleepUntilNextPass(qint64 ms);

    // What a pass in progress needs, kept alive by it: a scheduler destroyed mid-pass (its window closed) lets the
    // run finish and record itself, and the pass then ends without touching the scheduler.
    struct Shared
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<AgentRunner> runner;
        std::unique_ptr<BatchCollector> batches;
        bool alive = true;
    };

    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    Options m_options;
    QNetworkAccessManager *m_network;
    std::shared_ptr<Shared> m_shared;
    QTimer m_wake;
    std::optional<QCoro::Task<void>> m_loop;
    bool m_stopping = false;
    bool m_paused = false;
    bool m_busy = false;
};
