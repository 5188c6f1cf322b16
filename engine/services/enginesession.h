#pragma once

#include "core/clock.h"
#include "db/connectionsettings.h"

#include <memory>

class ActionLogService;
class AgentSettingsService;
class ApprovalService;
class BatchService;
class BusinessSettingsService;
class DashboardService;
class Database;
class DryRunService;
class KnowledgeService;
class MetricsRollupService;
class MetricsService;
class ReplayService;
class ReportService;
class SignInService;
class ToolControlService;

// One open database as the engine's callers see it: the worker pool, the clock every decision takes its "now"
// from, and one service per thing a caller asks for. Services return plain data from coroutines and do their SQL
// through the engine's stores on the pool's worker threads, so a caller never composes database work itself.
// Services live as long as the session; work still queued when it goes fails with a DbError (see DbWorker).
class EngineSession final
{
public:
    explicit EngineSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                           int workerCount = 2);
    ~EngineSession();
    EngineSession(const EngineSession &) = delete;
    EngineSession &operator=(const EngineSession &) = delete;

    const ConnectionSettings &settings() const { return m_settings; }
    const std::shared_ptr<const Clock> &clock() const { return m_clock; }
    // The pool itself, for engine work that takes a Database (migrations, runs, exports) and for callers not yet
    // moved onto a service.
    Database &database() { return *m_db; }

    ActionLogService &actionLog() { return *m_actionLog; }
    AgentSettingsService &agentSettings() { return *m_agentSettings; }
    ApprovalService &approvals() { return *m_approvals; }
    BatchService &batches() { return *m_batches; }
    BusinessSettingsService &businessSettings() { return *m_businessSettings; }
    DashboardService &dashboard() { return *m_dashboard; }
    DryRunService &dryRuns() { return *m_dryRuns; }
    KnowledgeService &knowledge() { return *m_knowledge; }
    MetricsService &metrics() { return *m_metrics; }
    MetricsRollupService &metricsRollup() { return *m_metricsRollup; }
    ReplayService &replays() { return *m_replays; }
    ReportService &reports() { return *m_reports; }
    SignInService &signIn() { return *m_signIn; }
    ToolControlService &toolControls() { return *m_toolControls; }

private:
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActionLogService> m_actionLog;
    std::unique_ptr<AgentSettingsService> m_agentSettings;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<BusinessSettingsService> m_businessSettings;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<DryRunService> m_dryRuns;
    std::unique_ptr<KnowledgeService> m_knowledge;
    std::unique_ptr<MetricsService> m_metrics;
    std::unique_ptr<MetricsRollupService> m_metricsRollup;
    std::unique_ptr<ReplayService> m_replays;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<ToolControlService> m_toolControls;
};
