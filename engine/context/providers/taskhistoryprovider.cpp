#include "context/providers/taskhistoryprovider.h"

#include "business/staffscope.h"
#include "context/contextformat.h"
#include "context/contextlists.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::text;

namespace {

using ProviderUtil::str;

// The window's tasks with what became of them. Status is compared as text (TeamTime may add values); a task counts
// as done when it has a completion or its status says so, late when its first completion came after due_at.
const QString kTasks = uR"(WITH window_tasks AS (
    SELECT t.id, t.title, t.assigned_to, t.due_at, t.status::text AS status,
           (SELECT min(c.completed_at) FROM task_completions c WHERE c.task_id = t.id) AS done_at
    FROM tasks t
    WHERE t.status::text <> 'cancelled'
      AND coalesce(t.due_at, t.created_at) >= :from_ts AND coalesce(t.due_at, t.created_at) < :to_ts
), outcomes AS (
    SELECT w.*, (w.done_at IS NOT NULL OR w.status = 'completed') AS done,
           (w.done_at IS NOT NULL AND w.due_at IS NOT NULL AND w.done_at > w.due_at) AS done_late,
           (w.done_at IS NULL AND w.status <> 'completed' AND w.due_at < :now_ts) AS overdue
    FROM window_tasks w
) )"_s;

} // namespace

QString TaskHistoryProvider::moduleId() const
{
    return u"task-history"_s;
}

QString TaskHistoryProvider::moduleName() const
{
    return u"Task History"_s;
}

QString TaskHistoryProvider::description() const
{
    return u"Task completion rates and overdue patterns by person and by kind of task over the analysis window."_s;
}

json TaskHistoryProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const AnalysisWindow window = AnalysisWindow::of(request);
    const auto bind = [&](QString sql) {
        return sql.replace(u":from_ts"_s, u"'%1'::timestamptz"_s.arg(SqlSession::timestamp(window.fromUtc)))
            .replace(u":to_ts"_s, u"'%1'::timestamptz"_s.arg(SqlSession::timestamp(window.toUtc)))
            .replace(u":now_ts"_s, u"'%1'::timestamptz"_s.arg(SqlSession::timestamp(request.calendar.nowUtc())));
    };
    json data = {{"window", window.toJson()}, {"people", json::array()}, {"kinds", json::array()}};

    const SqlRows people = session.select(bind(
        kTasks + u"SELECT u.id, u.name, count(*), count(*) FILTER (WHERE o.done), count(*) FILTER (WHERE o.done_late), "
                 "count(*) FILTER (WHERE o.overdue), h.location_id, hl.name "
                 "FROM outcomes o JOIN users u ON u.id = o.assigned_to "
                 "LEFT JOIN (%2) h ON h.user_id = u.id LEFT JOIN locations hl ON hl.id = h.location_id "
                 "WHERE %1 GROUP BY u.id, u.name, h.location_id, hl.name "
                 "ORDER BY count(*) FILTER (WHERE o.done_late OR o.overdue) DESC, u.name, u.id"_s.arg(
                     StaffScope::condition(request), window.homeLocationsSql(session))));
    int stillOverdue = 0;
    for (const QVariantList &row : people.rows) {
        const int assigned = row.at(2).toInt();
        json person = {{"userId", text(row.at(0))},
                       {"name", text(row.at(1))},
                       {"assigned", assigned},
                       {"completed", row.at(3).toInt()},
                       {"completedLate", row.at(4).toInt()},
                       {"stillOverdue", row.at(5).toInt()},
                       {"completionRate", ProviderUtil::round(row.at(3).toDouble() / assigned, 2)}};
        if (!row.at(6).isNull()) {
            person["locationId"] = text(row.at(6));
            person["location"] = text(row.at(7));
        }
        stillOverdue += row.at(5).toInt();
        data["people"].push_back(std::move(person));
    }
    data["stillOverdue"] = stillOverdue;

    // Late share: done after the due time or still not done past it, out of all tasks of that kind.
    const SqlRows kinds = session.select(
        bind(kTasks + u"SELECT o.title, count(*), count(*) FILTER (WHERE o.done_late OR o.overdue) FROM outcomes o "
                      "GROUP BY o.title ORDER BY count(*) DESC, o.title LIMIT %1"_s.arg(kTopKinds)));
    for (const QVariantList &row : kinds.rows) {
        const int count = row.at(1).toInt();
        data["kinds"].push_back({{"kind", text(row.at(0))},
                                 {"count", count},
                                 {"late", row.at(2).toInt()},
                                 {"lateShare", ProviderUtil::round(row.at(2).toDouble() / count, 2)}});
    }
    return data;
}

QString TaskHistoryProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto count = [](const json &value) { return QString::number(value.get<int>()); };
    const auto percent = [](const json &share) { return u"%1%"_s.arg(qRound(share.get<double>() * 100.0)); };
    const json &window = data["window"];
    QStringList lines;
    lines << u"## Task history (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                          str(window["lastDay"]));
    // One arg() call per line: names and titles may contain "%1", which a chained arg() would substitute again.
    ContextLists::appendSection(
        lines, data, u"people"_s, u"By person (tasks due in the window; most late first)"_s, [&](const json &p) {
            return u"- %1: %2 assigned, %3 completed (%4), %5 completed late, %6 still overdue"_s.arg(
                ProviderUtil::personLabel(p), count(p["assigned"]), count(p["completed"]), percent(p["completionRate"]),
                count(p["completedLate"]), count(p["stillOverdue"]));
        });
    lines << u"By kind (task title, the %1 most common; late = done after the due time or still overdue):"_s.arg(
        kTopKinds);
    if (data["kinds"].empty())
        lines << u"- none"_s;
    for (const json &k : data["kinds"])
        lines << u"- %1: %2 tasks, %3 late (%4)"_s.arg(ContextFormat::fenced(str(k["kind"])), count(k["count"]),
                                                       count(k["late"]), percent(k["lateShare"]));
    return lines.join(u'\n');
}

QMap<QString, int> TaskHistoryProvider::attention(const json &data) const
{
    if (data.contains("stillOverdue"))
        return {{u"stillOverdue"_s, data["stillOverdue"].get<int>()}};
    int overdue = 0;
    for (const json &p : data["people"])
        overdue += p["stillOverdue"].get<int>();
    return {{u"stillOverdue"_s, overdue}};
}

QList<ContextList> TaskHistoryProvider::lists() const
{
    return {{u"people"_s, false}};
}
