#include "scheduler/scheduleplan.h"

#include "config/agentsettingsstore.h"
#include "context/contextrequestloader.h"
#include "core/cronexpression.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"
#include "scheduler/slotplanner.h"

using namespace Qt::Literals::StringLiterals;

QDateTime SchedulePlan::nextWake() const
{
    QDateTime earliest;
    for (const Entry &e : agents) {
        if (e.nextWake.isValid() && (!earliest.isValid() || e.nextWake < earliest))
            earliest = e.nextWake;
    }
    return earliest;
}

QStringList SchedulePlan::problems() const
{
    QStringList list;
    for (const Entry &e : agents) {
        if (!e.problem.isEmpty())
            list << e.problem;
    }
    return list;
}

SchedulePlan SchedulePlan::read(SqlSession &s, const QList<Agent> &agents, const std::shared_ptr<const Clock> &clock,
                                qint64 graceSecs)
{
    SchedulePlan plan;
    // The business calendar is one setting shared by both agents: read once per pass.
    const BusinessCalendar calendar = ContextRequestLoader::load(s, Agent::OfficeManager, clock).calendar;
    plan.zone = calendar.zone();
    for (const Agent agent : agents) {
        Entry e;
        e.agent = agent;
        const std::optional<AgentSettings> config = AgentSettingsStore::find(s, agent);
        QString error;
        const std::optional<CronExpression> schedule =
            CronExpression::parse(config ? config->cronSchedule : QString(), &error);
        if (!schedule) {
            e.problem = !config
                            ? u"the %1 has no configuration: run `mentats migrate`"_s.arg(Agents::displayName(agent))
                            : u"the %1 will not run: %2"_s.arg(Agents::displayName(agent), error);
            plan.agents << e;
            continue;
        }
        const SlotPlanner planner(*schedule, calendar.zone(), graceSecs);
        const QDateTime last = SqlTimestamp::decode(
            s.scalar(u"SELECT max(scheduled_slot) FROM mentats_runs WHERE agent = ?"_s, {Agents::id(agent)}));
        const QDateTime now = clock->nowUtc();
        e.dueSlot = planner.dueSlot(now, last);
        e.nextWake = planner.nextWake(now);
        plan.agents << e;
    }
    return plan;
}
