#include "prompts/promptpreview.h"

#include "config/agentsettingsstore.h"
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "core/cronexpression.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "prompts/agentpromptsettings.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The preview of the next run is assembled as if it were already the slot's time: "late", "overdue" and "today" in
// its context are judged at the slot, not now.
class SlotClock final : public Clock
{
public:
    explicit SlotClock(QDateTime slotUtc) : m_slot(std::move(slotUtc)) {}
    QDateTime nowUtc() const override { return m_slot; }

private:
    QDateTime m_slot;
};

} // namespace

PromptPreview::Result PromptPreview::now(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock,
                                         int tokenBudget)
{
    Result result;
    result.request = ContextRequestLoader::load(session, agent, clock);
    result.context = ContextAssembler(ContextRegistry::forAgent(agent)).assemble(session, result.request, tokenBudget);
    result.prompt =
        AgentPrompt::build(agent, AgentPromptSettings::load(session, agent), result.context, result.request.calendar);
    return result;
}

PromptPreview::NextRun PromptPreview::nextScheduledRun(SqlSession &session, Agent agent,
                                                       const std::shared_ptr<const Clock> &clock)
{
    const std::optional<AgentSettings> config = AgentSettingsStore::find(session, agent);
    if (!config)
        throw DbError(DbError::Kind::Usage,
                      u"The %1 has no configuration: run `mentats migrate`."_s.arg(Agents::displayName(agent)));
    NextRun next;
    next.schedule = config->cronSchedule;
    const int budget = config->maxContextTokens;
    QString problem;
    const std::optional<CronExpression> cron = CronExpression::parse(next.schedule, &problem);
    if (!cron)
        throw DbError(DbError::Kind::Usage,
                      u"The %1's schedule cannot be read: %2"_s.arg(Agents::displayName(agent), problem));
    const ContextRequest current = ContextRequestLoader::load(session, agent, clock);
    next.atUtc = cron->nextAfter(clock->nowUtc(), current.calendar.zone());
    if (!next.atUtc.isValid())
        throw DbError(DbError::Kind::Usage,
                      u"The %1's schedule has no run in the next five years."_s.arg(Agents::displayName(agent)));
    next.preview = now(session, agent, std::make_shared<SlotClock>(next.atUtc), budget > 0 ? budget : 4000);
    return next;
}
