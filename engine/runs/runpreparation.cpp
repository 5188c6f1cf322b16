#include "runs/runpreparation.h"

#include "config/agentsettingsstore.h"
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "runs/pendingbatches.h"
#include "runs/runbudget.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The steps after the claim; `p` is ready on return unless one of them ended the run.
void decide(SqlSession &s, const RunOptions &options, const std::shared_ptr<const Clock> &clock, PreparedRun &p)
{
    const Agent agent = options.agent;
    // A scheduled slot that overlaps a run is skipped; a run a manager asked for waits out a moment's hold.
    const bool asked = options.trigger != RunClaim::Trigger::Schedule;
    if (!RunClaim::tryLock(s, agent, asked ? RunPreparation::kLockPatience : std::chrono::milliseconds(0)))
        return p.skip(u"another run of the %1 is still in progress"_s.arg(Agents::displayName(agent)));
    p.locked = true;
    const std::optional<AgentSettings> config = AgentSettingsStore::find(s, agent);
    if (!config)
        return p.skip(u"the %1 has no configuration: run `mentats migrate`"_s.arg(Agents::displayName(agent)));
    p.config = *config;
    const bool dryRunAsked = options.dryRun || options.trigger == RunClaim::Trigger::DryRun;
    p.dryRun = dryRunAsked || p.config.dryRun;
    // The kill switch stops every run but one a manager asks for as a dry run: an agent switched off while its
    // dry-run mode is on does not keep running on its schedule (nor spending on its model).
    if (!p.config.enabled && !dryRunAsked)
        return p.skip(u"the %1 is disabled (kill switch); a dry run still works"_s.arg(Agents::displayName(agent)));
    p.request = ContextRequestLoader::load(s, agent, clock);
    p.batch = p.config.useBatch && options.trigger == RunClaim::Trigger::Schedule &&
              AgentSettings::batchApplies(agent) && p.config.providerKind() == ProviderKind::Anthropic;
    if (p.batch) {
        if (const auto waiting = PendingBatches::unfinished(s, agent))
            return p.skip(u"the %1's batch %2 (submitted %3) has not been collected yet"_s.arg(
                Agents::displayName(agent), waiting->batchId,
                p.request.calendar.toLocal(waiting->submittedAt).toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    if (const RunBudget::Status budget = RunBudget::today(s, agent, p.request.calendar); budget.exhausted())
        return p.skip(budget.sentence());
    p.context = ContextAssembler(ContextRegistry::forAgent(agent)).assemble(s, p.request, p.config.maxContextTokens);
    if (p.context.attentionTotal() == 0 && !options.callEvenIfQuiet && agent == Agent::OfficeManager)
        return p.skip(u"nothing needs attention"_s);
    const AgentPromptSettings settings = AgentPromptSettings::load(s, agent);
    p.prompt = AgentPrompt::build(agent, settings, p.context, p.request.calendar);
    p.callPrompts = AgentPrompt::forCalls(agent, settings, p.context, p.request.calendar);
}

} // namespace

PreparedRun RunPreparation::prepare(SqlSession &session, const RunOptions &options,
                                    const std::shared_ptr<const Clock> &clock)
{
    PreparedRun p;
    p.agent = options.agent;
    p.startedAt = clock->nowUtc();
    const auto claim = RunClaim::claim(session, options.agent, options.trigger, p.startedAt, options.scheduledSlot,
                                       options.host, options.requestedBy);
    if (!claim) {
        p.skip(u"this slot already ran on another machine"_s);
        return p;
    }
    p.claimed = true;
    p.runId = claim->runId;
    qCInfo(lcRuns).noquote() << "run" << p.runId << "of the" << Agents::id(options.agent)
                             << "claimed:" << RunClaim::triggerName(options.trigger) << "on" << options.host;
    try {
        decide(session, options, clock, p);
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::Connection)
            throw;
        p.fail(error.message()); // recorded as a failed run, the lock released
    }
    return p;
}
