#include "dashboard/dashboardsnapshot.h"

#include "context/contextrequestloader.h"
#include "db/sqlsession.h"
#include "runs/runbudget.h"
#include "scheduler/slotplanner.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

LastContext lastContext(SqlSession &session, const QString &agent)
{
    LastContext last;
    const SqlRows rows = session.select(u"SELECT started_at, context_summary::text FROM mentats_runs "
                                        "WHERE agent = ? AND context_summary IS NOT NULL "
                                        "ORDER BY started_at DESC LIMIT 1"_s,
                                        {agent});
    if (rows.rows.empty())
        return last;
    last.at = rows.rows.front().at(0).toDateTime().toUTC();
    const json summary = json::parse(rows.rows.front().at(1).toString().toStdString(), nullptr, false);
    if (!summary.is_object())
        return last;
    if (summary.contains("parts") && summary["parts"].is_array())
        last.calls = std::max<int>(1, int(summary["parts"].size()));
    if (summary.contains("modules") && summary["modules"].is_object()) {
        for (const json &m : summary["modules"])
            last.attention += m.value("attention", 0);
    }
    if (summary.contains("omitted") && summary["omitted"].is_array()) {
        for (const json &o : summary["omitted"]) {
            const QString reason = QString::fromStdString(o.value("reason", std::string()));
            if (o.value("attentionItems", 0) > 0) {
                last.attentionNotShown += o.value("attentionItems", 0);
                last.notShownReason = reason;
            } else if (o.value("failed", false) || reason.startsWith(u"over the token budget"_s)) {
                last.modulesLeftOut << QString::fromStdString(o.value("module", std::string()));
            }
        }
    }
    return last;
}

} // namespace

DashboardSnapshot DashboardSnapshot::read(SqlSession &session, const std::shared_ptr<const Clock> &clock,
                                          int recentCount)
{
    DashboardSnapshot snapshot;
    const BusinessCalendar calendar = ContextRequestLoader::load(session, Agent::OfficeManager, clock).calendar;
    snapshot.zone = calendar.zone();
    snapshot.takenAt = calendar.nowUtc();
    snapshot.businessName =
        session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_name'"_s).toString();
    const QString now = SqlSession::timestamp(snapshot.takenAt);
    const QDate today = calendar.today();
    const QString dayStart = SqlSession::timestamp(calendar.startOfDayUtc(today));
    const QString monthStart = SqlSession::timestamp(calendar.startOfDayUtc(QDate(today.year(), today.month(), 1)));

    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        const QString id = Agents::id(agent);
        AgentDashboard d;
        d.health = SchedulerHealth::read(session, agent, calendar, SlotPlanner::kDefaultGraceSecs);
        const SqlRows counts = session.select(u"SELECT %1 AS status, count(*) FROM ai_actions a WHERE a.agent = "
                                              u"?::ai_agent AND a.created_at >= ?::timestamptz "
                                              "GROUP BY 1"_s.arg(ActionLog::statusSql()),
                                              {id, dayStart});
        for (const QVariantList &row : counts.rows) {
            const QString status = row.at(0).toString();
            const int n = row.at(1).toInt();
            if (status == u"executed"_s)
                d.executedToday += n;
            else if (status == u"blocked"_s || status == u"invalid"_s)
                d.blockedToday += n;
            else if (status == u"failed"_s)
                d.errorsToday += n;
            else if (status == u"dry_run"_s)
                d.dryRunToday += n;
            else if (status == u"awaiting_approval"_s)
                d.awaitingToday += n;
        }
        const SqlRows runs =
            session.select(u"SELECT coalesce(sum(cost_usd) FILTER (WHERE started_at >= ?::timestamptz), 0)::float8, "
                           "coalesce(sum(cost_usd), 0)::float8, count(*) FILTER (WHERE status = 'failed' AND "
                           "started_at >= ?::timestamptz) "
                           "FROM mentats_runs WHERE agent = ? AND started_at >= ?::timestamptz"_s,
                           {dayStart, dayStart, id, monthStart});
        d.costTodayUsd = runs.rows.front().at(0).toDouble();
        d.costMonthUsd = runs.rows.front().at(1).toDouble();
        d.errorsToday += runs.rows.front().at(2).toInt();
        d.dailyBudgetUsd = RunBudget::cap(session, agent); // today's spend is costTodayUsd, read above
        d.pendingApprovals =
            session
                .scalar(u"SELECT count(*) FROM mentats_approvals WHERE agent = ? AND status = 'pending' "
                        "AND expires_at > ?::timestamptz"_s,
                        {id, now})
                .toInt();
        d.lastContext = lastContext(session, id);
        snapshot.agents << d;
    }
    // Memories and policies are the optimizer's output, read by the Office Manager: shown once, on the optimizer.
    snapshot.agents[1].activeMemories =
        session
            .scalar(u"SELECT count(*) FROM ai_memory WHERE is_active AND (expires_at IS NULL OR expires_at > "
                    "?::timestamptz)"_s,
                    {now})
            .toInt();
    snapshot.agents[1].activePolicies =
        session.scalar(u"SELECT count(*) FROM ai_policy_notes WHERE is_active"_s).toInt();
    ActionLog::Filter recent;
    recent.limit = recentCount;
    snapshot.recent = ActionLog::page(session, recent);
    return snapshot;
}
