#include "scheduler/schedulerhealth.h"

#include "config/agentsettingsstore.h"
#include "core/logging.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"
#include "runs/runclaim.h"
#include "scheduler/slotplanner.h"
#include "tools/managers.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Scheduled runs since the last one that completed.
const QString kStreak = u"FROM mentats_runs WHERE agent = ? AND trigger = 'schedule' AND status = 'failed' "
                        "AND started_at > coalesce((SELECT max(started_at) FROM mentats_runs WHERE agent = ? "
                        "AND trigger = 'schedule' AND status = 'completed'), '-infinity') "_s;

} // namespace

AgentHealth SchedulerHealth::read(SqlSession &session, Agent agent, const BusinessCalendar &calendar, qint64 graceSecs)
{
    AgentHealth health;
    health.agent = agent;
    const QString id = Agents::id(agent);
    if (const std::optional<AgentSettings> config = AgentSettingsStore::find(session, agent)) {
        health.enabled = config->enabled;
        health.dryRun = config->dryRun;
        health.cron = config->cronSchedule;
    }
    const SqlRows runs =
        session.select(u"SELECT (SELECT max(finished_at) FROM mentats_runs WHERE agent = ? AND trigger = 'schedule' "
                       u"AND status = 'completed'), "
                       "(SELECT max(scheduled_slot) FROM mentats_runs WHERE agent = ?), (SELECT count(*) "_s +
                           kStreak + u")"_s,
                       {id, id, id, id});
    health.lastSuccess = SqlTimestamp::decode(runs.rows.front().at(0));
    health.lastScheduledSlot = SqlTimestamp::decode(runs.rows.front().at(1));
    health.consecutiveFailures = runs.rows.front().at(2).toInt();
    const SqlRows failure =
        session.select(u"SELECT finished_at, status_reason FROM mentats_runs WHERE agent = ? AND trigger = 'schedule' "
                       "AND status = 'failed' ORDER BY started_at DESC LIMIT 1"_s,
                       {id});
    if (!failure.isEmpty()) {
        health.lastFailure = SqlTimestamp::decode(failure.rows.front().at(0));
        health.lastFailureReason = failure.rows.front().at(1).toString();
    }

    const std::optional<CronExpression> cron = CronExpression::parse(health.cron, &health.cronError);
    if (!cron)
        return health;
    const SlotPlanner planner(*cron, calendar.zone(), graceSecs);
    const QDateTime now = calendar.nowUtc();
    health.nextRun = planner.nextWake(now);
    // The latest slot that should have been claimed by now (allowing the grace period), within the last week.
    const QDateTime horizon = now.addSecs(-graceSecs);
    QDateTime due;
    for (QDateTime cursor = horizon.addDays(-7);;) {
        const QDateTime slot = cron->nextAfter(cursor, calendar.zone());
        if (!slot.isValid() || slot > horizon)
            break;
        due = cursor = slot;
    }
    health.overdue = due.isValid() && (!health.lastScheduledSlot.isValid() || health.lastScheduledSlot < due);
    return health;
}

bool SchedulerHealth::alertIfFailing(SqlSession &session, Agent agent, int threshold)
{
    bool alerted = false;
    session.transaction([&] {
        const QString id = Agents::id(agent);
        const SqlRows streak = session.select(u"SELECT count(*), (SELECT id::text "_s + kStreak +
                                                  u"ORDER BY started_at LIMIT 1), (SELECT status_reason "_s + kStreak +
                                                  u"ORDER BY started_at DESC LIMIT 1) "_s + kStreak,
                                              {id, id, id, id, id, id});
        const int failures = streak.rows.front().at(0).toInt();
        if (failures < threshold)
            return;
        // Once per streak: the streak is named by its first failed run.
        const bool first =
            !session
                 .select(u"INSERT INTO mentats_settings (key, value, updated_by) VALUES (?, to_jsonb(?::text), "
                         "'scheduler') ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                         "updated_at = now() WHERE mentats_settings.value IS DISTINCT FROM excluded.value "
                         "RETURNING key"_s,
                         {QVariant(u"scheduler_alerted_"_s + id), streak.rows.front().at(1)})
                 .isEmpty();
        if (!first)
            return;
        const QString aiUser =
            session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'ai_system_user_id'"_s).toString();
        const QString text =
            u"The %1's scheduled runs have failed %2 times in a row. The last error: %3 Open Mentats Console "
            "(Dashboard) to see the runs; this message is sent once until a run succeeds again."_s.arg(
                Agents::displayName(agent), QString::number(failures), streak.rows.front().at(2).toString());
        Managers::message(session, aiUser, text, u"%1: scheduled runs failing"_s.arg(Agents::displayName(agent)));
        alerted = true;
    });
    return alerted;
}

QList<AgentHealth> SchedulerHealth::assess(SqlSession &session, const QList<Agent> &agents, const QList<Agent> &failed,
                                           const BusinessCalendar &calendar, int alertAfterFailures, qint64 graceSecs)
{
    QList<AgentHealth> health;
    for (const Agent agent : agents) {
        if (failed.contains(agent) && alertIfFailing(session, agent, alertAfterFailures))
            qCWarning(lcScheduler) << Agents::id(agent) << "keeps failing: managers were told";
        health << read(session, agent, calendar, graceSecs);
    }
    return health;
}

int SchedulerHealth::closeInterrupted(SqlSession &session, Agent agent, const QDateTime &now)
{
    const QString at = SqlSession::timestamp(now);
    if (!RunClaim::tryLock(session, agent))
        return 0; // a run is in progress somewhere
    int closed = 0;
    try {
        // Nobody holds the lock, so a batch left "collecting" belongs to a process that died while applying its
        // calls: it is not collected again (its calls may have run). A pending batch's run is only waiting.
        session.exec(u"UPDATE mentats_run_batches SET state = 'failed', finished_at = ?::timestamptz WHERE agent = ? "
                     "AND state = 'collecting'"_s,
                     {at, Agents::id(agent)});
        closed =
            session
                .select(u"UPDATE mentats_runs r SET status = 'failed', finished_at = ?::timestamptz, status_reason = "
                        "'interrupted: the process running it stopped before it finished' WHERE agent = ? "
                        "AND status = 'running' AND started_at < ?::timestamptz AND NOT EXISTS "
                        "(SELECT 1 FROM mentats_run_batches b WHERE b.run_id = r.id AND b.state = 'pending') "
                        "RETURNING id"_s,
                        {at, Agents::id(agent), SqlSession::timestamp(now.addSecs(-120))})
                .rows.size();
    } catch (...) {
        RunClaim::releaseLock(session, agent);
        throw;
    }
    RunClaim::releaseLock(session, agent);
    return closed;
}
