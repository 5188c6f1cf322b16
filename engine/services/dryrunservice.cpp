#include "services/dryrunservice.h"

#include "config/agentsettingsstore.h"
#include "db/database.h"
#include "prompts/promptpreview.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

DryRunService::DryRunService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock)
    : m_db(db), m_settings(std::move(settings)), m_clock(std::move(clock))
{}

QCoro::Task<DryRunService::Preview> DryRunService::preview(Agent agent)
{
    QFuture<Preview> assembling = m_db.run([agent, clock = m_clock](SqlSession &s) {
        // No configuration yet (migrations not applied): the default budget, as a run would.
        const std::optional<AgentSettings> config = AgentSettingsStore::find(s, agent);
        const int budget = config ? config->maxContextTokens : 0;
        PromptPreview::Result preview = PromptPreview::now(s, agent, clock, budget > 0 ? budget : 4000);
        Preview p;
        p.context = std::move(preview.context);
        p.prompt = std::move(preview.prompt);
        nlohmann::json tools = nlohmann::json::array();
        for (const LlmToolSpec &t : ToolExecutor(ToolRegistry::all()).specsFor(agent))
            tools.push_back({{"name", t.name.toStdString()},
                             {"description", t.description.toStdString()},
                             {"input_schema", t.inputSchema}});
        p.tools = QString::fromStdString(tools.dump(2));
        return p;
    });
    co_return co_await assembling;
}

QCoro::Task<RunResult> DryRunService::dryRun(RunOptions options)
{
    options.trigger = RunClaim::Trigger::DryRun;
    options.dryRun = true;
    // The runner keeps what a run in progress needs alive by itself, so the session may go meanwhile.
    AgentRunner runner(m_settings, m_clock);
    QCoro::Task<RunResult> running = runner.run(std::move(options));
    co_return co_await running;
}
