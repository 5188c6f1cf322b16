#include "services/knowledgeservice.h"

#include "config/businesssettings.h"
#include "db/database.h"
#include "prompts/promptpreview.h"

using namespace Qt::Literals::StringLiterals;

KnowledgeService::KnowledgeService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<KnowledgeService::Overview> KnowledgeService::overview(KnowledgeStore::MemoryFilter filter)
{
    QFuture<Overview> reading = m_db.run([filter, now = m_clock->nowUtc()](SqlSession &s) {
        Overview overview;
        overview.timeZone = BusinessSettings::load(s).timeZone;
        overview.policies = KnowledgeStore::policies(s);
        overview.locations = KnowledgeStore::locations(s);
        overview.choices = KnowledgeStore::memoryChoices(s);
        overview.memories = KnowledgeStore::memories(s, now, filter); // judged by the session's clock
        return overview;
    });
    co_return co_await reading;
}

QCoro::Task<KnowledgeStore::MemoryList> KnowledgeService::memories(KnowledgeStore::MemoryFilter filter)
{
    QFuture<KnowledgeStore::MemoryList> reading =
        m_db.run([filter, now = m_clock->nowUtc()](SqlSession &s) { return KnowledgeStore::memories(s, now, filter); });
    co_return co_await reading;
}

QCoro::Task<void> KnowledgeService::savePolicy(KnowledgeStore::Policy policy, QString managerUserId)
{
    QFuture<void> saving = m_db.run([policy, managerUserId](SqlSession &s) {
        if (policy.id.isEmpty())
            KnowledgeStore::createPolicy(s, policy, managerUserId);
        else
            KnowledgeStore::updatePolicy(s, policy, managerUserId);
    });
    co_await saving;
}

QCoro::Task<void> KnowledgeService::setPolicyActive(QString id, bool active, QString managerUserId)
{
    QFuture<void> saving = m_db.run(
        [id, active, managerUserId](SqlSession &s) { KnowledgeStore::setPolicyActive(s, id, active, managerUserId); });
    co_await saving;
}

QCoro::Task<void> KnowledgeService::saveMemory(KnowledgeStore::Memory memory, QString managerUserId)
{
    QFuture<void> saving =
        m_db.run([memory, managerUserId](SqlSession &s) { KnowledgeStore::updateMemory(s, memory, managerUserId); });
    co_await saving;
}

QCoro::Task<void> KnowledgeService::setMemoryActive(QString id, bool active, QString managerUserId)
{
    QFuture<void> saving = m_db.run(
        [id, active, managerUserId](SqlSession &s) { KnowledgeStore::setMemoryActive(s, id, active, managerUserId); });
    co_await saving;
}

QCoro::Task<void> KnowledgeService::setMemoryExpiry(QString id, QDateTime expiresAt, QString managerUserId)
{
    QFuture<void> saving = m_db.run([id, expiresAt, managerUserId](SqlSession &s) {
        KnowledgeStore::setMemoryExpiry(s, id, expiresAt, managerUserId);
    });
    co_await saving;
}

QCoro::Task<QString> KnowledgeService::officeManagerReads()
{
    // The real assembly with room for everything, so that the sections are exactly those of a run.
    QFuture<QString> assembling = m_db.run([clock = m_clock](SqlSession &s) -> QString {
        const AssembledContext context = PromptPreview::now(s, Agent::OfficeManager, clock, 200000).context;
        QStringList sections;
        for (const QString &id : {u"policy"_s, u"memory"_s}) {
            if (const ContextModule *module = context.module(id))
                sections << module->prompt;
        }
        return sections.join(u"\n\n"_s);
    });
    co_return co_await assembling;
}
