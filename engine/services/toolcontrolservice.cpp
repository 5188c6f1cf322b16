#include "services/toolcontrolservice.h"

#include "db/database.h"

ToolControlService::ToolControlService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<ToolControlStore::Controls> ToolControlService::load(Agent agent)
{
    QFuture<ToolControlStore::Controls> loading =
        m_db.run([agent, now = m_clock->nowUtc()](SqlSession &s) { return ToolControlStore::load(s, agent, now); });
    co_return co_await loading;
}

QCoro::Task<void> ToolControlService::save(Agent agent, QList<ToolControlStore::ToolControl> tools,
                                           QList<ToolControlStore::ProviderControl> providers, QString managerUserId)
{
    QFuture<void> saving = m_db.run([agent, tools, providers, managerUserId](SqlSession &s) {
        ToolControlStore::save(s, agent, tools, providers, managerUserId);
    });
    co_await saving;
}

QCoro::Task<AssembledContext> ToolControlService::preview(Agent agent, QHash<QString, ProviderSettings> settings)
{
    QFuture<AssembledContext> assembling = m_db.run([agent, clock = m_clock, settings](SqlSession &s) {
        return ToolControlStore::preview(s, agent, clock, settings);
    });
    co_return co_await assembling;
}
