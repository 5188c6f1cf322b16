#include "actions/actionsummary.h"

#include "core/businesscalendar.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxDays = 366;

// GROUPING(day, status, agent, tool) of each grouping set: a bit per column left out.
constexpr int kByDayAndStatus = 0b0011;
constexpr int kByAgent = 0b1101;
constexpr int kByTool = 0b1110;

void sortByCount(QList<ActionSummary::Count> &counts)
{
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
}

ActionSummary::AgentTotals &totalsFor(ActionSummary::Summary &summary, Agent agent)
{
    for (ActionSummary::AgentTotals &t : summary.agents) {
        if (t.agent == agent)
            return t;
    }
    summary.agents.append(ActionSummary::AgentTotals{agent});
    return summary.agents.last();
}

} // namespace

qint64 ActionSummary::Day::total() const
{
    qint64 sum = 0;
    for (qint64 n : byStatus)
        sum += n;
    return sum;
}

double ActionSummary::Summary::costUsd() const
{
    double sum = 0;
    for (const AgentTotals &t : agents)
        sum += t.costUsd;
    return sum;
}

qint64 ActionSummary::Summary::count(const QString &status) const
{
    for (const Count &c : byStatus) {
        if (c.key == status)
            return c.count;
    }
    return 0;
}

void ActionSummary::setPeriod(ActionLog::Filter &filter, QDate from, QDate to, const QTimeZone &zone)
{
    const BusinessCalendar calendar(zone);
    filter.since = calendar.startOfDayUtc(from);
    filter.until = calendar.startOfDayUtc(to.addDays(1));
}

std::pair<QDate, QDate> ActionSummary::lastWeek(QDate today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek()).addDays(-7);
    return {monday, monday.addDays(6)};
}

ActionSummary::Summary ActionSummary::read(SqlSession &session, ActionLog::Filter filter, QDate from, QDate to,
                                           const QTimeZone &zone, int topPeople)
{
    if (!from.isValid() || !to.isValid() || from > to)
        throw DbError(DbError::Kind::Usage, QObject::tr("The period must start on or before the day it ends."));
    if (from.daysTo(to) >= kMaxDays)
        throw DbError(DbError::Kind::Usage, QObject::tr("A summary covers at most %n days.", nullptr, kMaxDays));
    setPeriod(filter, from, to, zone);
    const ActionLog::Where where = ActionLog::where(filter);
    const QString zoneId = QString::fromUtf8(zone.id());

    Summary summary;
    summary.from = from;
    summary.to = to;
    for (QDate d = from; d <= to; d = d.addDays(1))
        summary.days.append(Day{d, {}, {}});
    const auto dayAt = [&summary, from](const QString &text) -> Day * {
        const qint64 index = from.daysTo(QDate::fromString(text, Qt::ISODate));
        return index >= 0 && index < summary.days.size() ? &summary.days[index] : nullptr;
    };
    for (Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        if (!filter.agent || *filter.agent == agent)
            summary.agents.append(AgentTotals{agent});
    }

    // One pass over the log for the three breakdowns.
    QVariantList params{zoneId};
    params += where.params;
    const SqlRows grouped = session.select(
        u"SELECT day::text, status, agent, tool, count(*), GROUPING(day, status, agent, tool) FROM ("
        "SELECT timezone(?, a.created_at)::date AS day, "_s +
            ActionLog::statusSql() + u" AS status, a.agent::text AS agent, a.tool_name AS tool FROM ai_actions a "_s +
            where.sql() + u") x GROUP BY GROUPING SETS ((day, status), (agent), (tool))"_s,
        params);
    QMap<QString, qint64> statusTotals;
    for (const QVariantList &row : grouped.rows) {
        const qint64 n = row.at(4).toLongLong();
        switch (row.at(5).toInt()) {
        case kByDayAndStatus:
            if (Day *day = dayAt(row.at(0).toString()))
                day->byStatus[row.at(1).toString()] += n;
            statusTotals[row.at(1).toString()] += n;
            summary.total += n;
            break;
        case kByAgent:
            if (const std::optional<Agent> agent = Agents::fromId(row.at(2).toString()))
                totalsFor(summary, *agent).actions += n;
            break;
        case kByTool:
            if (!row.at(3).isNull())
                summary.byTool.append(Count{row.at(3).toString(), row.at(3).toString(), n});
            break;
        default:
            break;
        }
    }
    for (auto it = statusTotals.cbegin(); it != statusTotals.cend(); ++it)
        summary.byStatus.append(Count{it.key(), ActionLog::statusLabel(it.key()), it.value()});
    sortByCount(summary.byStatus);
    sortByCount(summary.byTool);

    QVariantList peopleParams = where.params;
    peopleParams << topPeople;
    const SqlRows people = session.select(
        u"SELECT a.target_user_id::text, u.name, count(*) FROM ai_actions a JOIN users u ON u.id = a.target_user_id "_s +
            (where.conditions.isEmpty() ? u"WHERE "_s : where.sql() + u" AND "_s) +
            u"a.tool_name IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT ?"_s,
        peopleParams);
    for (const QVariantList &row : people.rows)
        summary.people.append(Count{row.at(0).toString(), row.at(1).toString(), row.at(2).toLongLong()});

    QVariantList runParams{zoneId, SqlSession::timestamp(filter.since), SqlSession::timestamp(filter.until)};
    QString agentCondition;
    if (filter.agent) {
        agentCondition = u" AND agent = ?"_s;
        runParams << Agents::id(*filter.agent);
    }
    const SqlRows runs = session.select(
        u"SELECT agent, timezone(?, started_at)::date::text, count(*) FILTER (WHERE status <> 'skipped'), "
        "count(*) FILTER (WHERE status = 'failed'), "
        "count(*) FILTER (WHERE cost_usd IS NULL AND input_tokens + output_tokens > 0), "
        "sum(input_tokens), sum(output_tokens), coalesce(sum(cost_usd), 0)::float8 FROM mentats_runs "
        "WHERE started_at >= ?::timestamptz AND started_at < ?::timestamptz"_s +
            agentCondition + u" GROUP BY 1, 2"_s,
        runParams);
    for (const QVariantList &row : runs.rows) {
        const std::optional<Agent> agent = Agents::fromId(row.at(0).toString());
        if (!agent)
            continue;
        AgentTotals &t = totalsFor(summary, *agent);
        t.runs += row.at(2).toLongLong();
        t.failedRuns += row.at(3).toLongLong();
        t.unpricedRuns += row.at(4).toLongLong();
        t.inputTokens += row.at(5).toLongLong();
        t.outputTokens += row.at(6).toLongLong();
        t.costUsd += row.at(7).toDouble();
        if (Day *day = dayAt(row.at(1).toString()))
            day->costByAgent[*agent] += row.at(7).toDouble();
    }
    return summary;
}
