#include "services/enginesession.h"

#include "core/logging.h"
#include "db/database.h"
#include "services/actionlogservice.h"
#include "services/agentsettingsservice.h"
#include "services/approvalservice.h"
#include "services/batchservice.h"
#include "services/businesssettingsservice.h"
#include "services/dashboardservice.h"
#include "services/dryrunservice.h"
#include "services/knowledgeservice.h"
#include "services/metricsrollupservice.h"
#include "services/metricsservice.h"
#include "services/replayservice.h"
#include "services/reportservice.h"
#include "services/signinservice.h"
#include "services/toolcontrolservice.h"

EngineSession::EngineSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock, int workerCount)
    : m_settings(std::move(settings)), m_clock(std::move(clock)),
      m_db(std::make_unique<Database>(m_settings, workerCount)), m_actionLog(std::make_unique<ActionLogService>(*m_db)),
      m_agentSettings(std::make_unique<AgentSettingsService>(*m_db, m_clock)),
      m_approvals(std::make_unique<ApprovalService>(*m_db, m_clock)),
      m_batches(std::make_unique<BatchService>(*m_db, m_settings, m_clock)),
      m_businessSettings(std::make_unique<BusinessSettingsService>(*m_db, m_clock)),
      m_dashboard(std::make_unique<DashboardService>(*m_db, m_clock)),
      m_dryRuns(std::make_unique<DryRunService>(*m_db, m_settings, m_clock)),
      m_knowledge(std::make_unique<KnowledgeService>(*m_db, m_clock)),
      m_metrics(std::make_unique<MetricsService>(*m_db, m_clock)),
      m_metricsRollup(std::make_unique<MetricsRollupService>(*m_db, m_clock)),
      m_replays(std::make_unique<ReplayService>(*m_db, m_settings, m_clock)),
      m_reports(std::make_unique<ReportService>(*m_db)), m_signIn(std::make_unique<SignInService>(*m_db)),
      m_toolControls(std::make_unique<ToolControlService>(*m_db, m_clock))
{
    qCDebug(lcServices) << "engine session for" << m_settings.database << "with" << workerCount << "workers";
}

// Out of line: the services' types are complete here.
EngineSession::~EngineSession() = default;
