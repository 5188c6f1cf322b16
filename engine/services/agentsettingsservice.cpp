#include "services/agentsettingsservice.h"

#include "config/agentsettingsstore.h"
#include "config/businesssettings.h"
#include "db/database.h"
#include "prompts/promptpreview.h"

using namespace Qt::Literals::StringLiterals;

AgentSettingsService::AgentSettingsService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<AgentSettingsService::Snapshot> AgentSettingsService::load(Agent agent)
{
    QFuture<Snapshot> reading = m_db.run([agent](SqlSession &s) {
        return Snapshot{AgentSettingsStore::load(s, agent), InstructionVersions::history(s, agent),
                        BusinessSettings::load(s).timeZone};
    });
    co_return co_await reading;
}

QCoro::Task<AgentSettings> AgentSettingsService::save(AgentSettings settings, QString managerUserId)
{
    QFuture<AgentSettings> saving = m_db.run([settings, managerUserId](SqlSession &s) {
        AgentSettingsStore::save(s, settings, managerUserId);
        return AgentSettingsStore::load(s, settings.agent);
    });
    co_return co_await saving;
}

QCoro::Task<int> AgentSettingsService::saveInstructions(Agent agent, QString text, QString note, QString managerUserId,
                                                        QString managerName)
{
    QFuture<int> saving = m_db.run(
        [=](SqlSession &s) { return InstructionVersions::save(s, agent, text, note, managerUserId, managerName); });
    co_return co_await saving;
}

QCoro::Task<int> AgentSettingsService::rollBackInstructions(Agent agent, int toVersion, QString managerUserId,
                                                            QString managerName)
{
    QFuture<int> rolling = m_db.run(
        [=](SqlSession &s) { return InstructionVersions::rollBack(s, agent, toVersion, managerUserId, managerName); });
    co_return co_await rolling;
}

QCoro::Task<QString> AgentSettingsService::promptPreview(Agent agent, int tokenBudget)
{
    QFuture<QString> assembling = m_db.run([agent, tokenBudget, clock = m_clock](SqlSession &s) -> QString {
        const AgentPrompt prompt = PromptPreview::now(s, agent, clock, tokenBudget).prompt;
        return prompt.systemText() + u"\n\n──── user message ────\n\n"_s + prompt.userMessage;
    });
    co_return co_await assembling;
}
