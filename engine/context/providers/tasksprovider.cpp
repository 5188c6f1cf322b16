#include "context/providers/tasksprovider.h"

#include "business/staffscope.h"
#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

using ProviderUtil::round1;
using ProviderUtil::str;
using ProviderUtil::text;

// Long descriptions would crowd out other modules; the first sentences say what the task is.
std::string shortened(const QVariant &value)
{
    const QString simplified = value.toString().simplified();
    if (simplified.size() <= TasksProvider::kMaxTextChars)
        return simplified.toStdString();
    return QString(simplified.left(TasksProvider::kMaxTextChars - 1) + u"…"_s).toStdString();
}

// Columns 0-10 of kTaskColumns as one task.
json taskItem(const QVariantList &row, const BusinessCalendar &calendar)
{
    json task = {{"taskId", text(row.at(0))},
                 {"title", text(row.at(1))},
                 {"priority", text(row.at(3))},
                 {"status", text(row.at(4))}};
    if (!row.at(2).toString().trimmed().isEmpty())
        task["description"] = shortened(row.at(2));
    if (!row.at(5).isNull())
        task["dueAt"] = ContextFormat::localIso(SqlTimestamp::decode(row.at(5)), calendar).toStdString();
    if (!row.at(6).isNull()) {
        task["assigneeId"] = text(row.at(6));
        task["assigneeName"] = text(row.at(7));
    }
    if (!row.at(8).isNull()) {
        task["locationId"] = text(row.at(8));
        task["location"] = text(row.at(9));
    }
    return task;
}

// Tasks have no location of their own at baseline: the template's is the store the task belongs to. The assignee
// is joined only while they are staff.
const QString kTaskColumns = u"t.id, t.title, t.description, t.priority::text, t.status::text, t.due_at, u.id, u.name, "
                             "l.id, coalesce(l.name, '')"_s;
const QString kTaskJoins = u"FROM tasks t LEFT JOIN users u ON u.id = t.assigned_to AND %1 "
                           "LEFT JOIN task_templates tt ON tt.id = t.template_id "
                           "LEFT JOIN locations l ON l.id = tt.location_id "
                           // The two open values by name: a status TeamTime adds later never counts as open, and
                           // the comparison matches mentats_tasks_open_due_idx (a cast to text would scan every
                           // task ever made).
                           "WHERE t.status IN ('not_started', 'in_progress') "_s;
const QString kPriorityRank = u"CASE t.priority::text WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
                              "WHEN 'low' THEN 3 ELSE 4 END"_s;

} // namespace

QString TasksProvider::moduleId() const
{
    return u"tasks"_s;
}

QString TasksProvider::moduleName() const
{
    return u"Tasks"_s;
}

QString TasksProvider::description() const
{
    return u"Overdue tasks, tasks due in the next two hours, unassigned tasks and recent completions."_s;
}

json TasksProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc();
    const QString nowSql = SqlSession::timestamp(now);
    const QString from = kTaskJoins.arg(StaffScope::condition(request));
    json data = {{"now", ContextFormat::localIso(now, calendar).toStdString()},
                 {"overdue", json::array()},
                 {"dueSoon", json::array()},
                 {"unassigned", json::array()},
                 {"backlog", json::array()},
                 {"recentlyCompleted", json::array()}};
    const auto collect = [&](const char *key, const SqlRows &rows, bool overdue) {
        for (const QVariantList &row : rows.rows) {
            json task = taskItem(row, calendar);
            if (overdue)
                task["hoursOverdue"] = round1(double(SqlTimestamp::decode(row.at(5)).secsTo(now)) / 3600.0);
            data[key].push_back(task);
        }
    };

    // Most important first, then the most recently missed: those are the ones a reminder still helps. A task
    // overdue for more than kBacklogDays is backlog: nobody is nudged about it any more, it is counted.
    const QString backlogSince = SqlSession::timestamp(now.addDays(-kBacklogDays));
    collect("overdue",
            session.select(u"SELECT %1 %2 AND t.due_at < ?::timestamptz AND t.due_at >= ?::timestamptz "
                           "ORDER BY %3, t.due_at DESC, t.id"_s.arg(kTaskColumns, from, kPriorityRank),
                           {nowSql, backlogSince}),
            true);
    collect("backlog",
            session.select(u"SELECT %1 %2 AND t.due_at < ?::timestamptz ORDER BY %3, t.due_at DESC, t.id"_s.arg(
                               kTaskColumns, from, kPriorityRank),
                           {backlogSince}),
            true);
    collect("dueSoon",
            session.select(u"SELECT %1 %2 AND t.due_at >= ?::timestamptz AND t.due_at < ?::timestamptz + interval "
                           "'%3 minutes' ORDER BY t.due_at, t.id"_s.arg(kTaskColumns, from)
                               .arg(kDueSoonMinutes),
                           {nowSql, nowSql}),
            false);
    collect(
        "unassigned",
        session.select(u"SELECT %1 %2 AND u.id IS NULL AND (t.due_at IS NULL OR t.due_at >= ?::timestamptz) "
                       "ORDER BY t.due_at NULLS LAST, %3, t.created_at, t.id"_s.arg(kTaskColumns, from, kPriorityRank),
                       {backlogSince}),
        false);

    const SqlRows done = session.select(
        u"SELECT t.id, t.title, tc.completed_at, u.id, u.name, tc.notes, l.id, coalesce(l.name, '') "
        "FROM task_completions tc JOIN tasks t ON t.id = tc.task_id "
        "LEFT JOIN users u ON u.id = tc.completed_by AND %1 "
        "LEFT JOIN task_templates tt ON tt.id = t.template_id LEFT JOIN locations l ON l.id = tt.location_id "
        "WHERE tc.completed_at > ?::timestamptz - interval '%2 minutes' AND tc.completed_at <= ?::timestamptz "
        "ORDER BY tc.completed_at DESC, tc.id"_s.arg(StaffScope::condition(request))
            .arg(kRecentMinutes),
        {nowSql, nowSql});
    for (const QVariantList &row : done.rows) {
        json task = {{"taskId", text(row.at(0))},
                     {"title", text(row.at(1))},
                     {"completedAt", ContextFormat::localIso(SqlTimestamp::decode(row.at(2)), calendar).toStdString()}};
        if (!row.at(3).isNull()) {
            task["userId"] = text(row.at(3));
            task["name"] = text(row.at(4));
        }
        if (!row.at(5).toString().trimmed().isEmpty())
            task["notes"] = shortened(row.at(5));
        if (!row.at(6).isNull()) {
            task["locationId"] = text(row.at(6));
            task["location"] = text(row.at(7));
        }
        data["recentlyCompleted"].push_back(task);
    }
    return data;
}

QString TasksProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const ContextFormat::LocalTimes times(calendar);
    const auto local = [&times](const json &iso) { return times.time(str(iso)); };
    const auto where = [](const json &t) {
        return t.contains("locationId") ? u", at %1 [location %2]"_s.arg(str(t["location"]), str(t["locationId"]))
                                        : QString();
    };
    const auto line = [&](const json &t, bool overdue) {
        QString status = str(t["status"]);
        status = status == u"not_started"_s ? QString() : u", "_s + status.replace(u'_', u' ');
        QString result = u"- [task %1] %2 (%3%4)"_s.arg(str(t["taskId"]), ContextFormat::fenced(str(t["title"])),
                                                        str(t["priority"]), status);
        result += t.contains("dueAt") ? u", due "_s + local(t["dueAt"]) : u", no due time"_s;
        if (overdue)
            result += u", %1 h overdue"_s.arg(ContextFormat::hours(t["hoursOverdue"].get<double>()));
        result += t.contains("assigneeId")
                      ? u", assigned to %1 [user %2]"_s.arg(str(t["assigneeName"]), str(t["assigneeId"]))
                      : u", nobody assigned"_s;
        result += where(t);
        if (t.contains("description"))
            result += u"; details "_s + ContextFormat::fenced(str(t["description"]));
        return result;
    };
    QStringList lines;
    lines << u"## Tasks"_s;
    ContextLists::appendSection(lines, data, u"overdue"_s, u"Overdue"_s, [&](const json &t) { return line(t, true); });
    ContextLists::appendSection(lines, data, u"dueSoon"_s, u"Due in the next %1 hours"_s.arg(kDueSoonMinutes / 60),
                                [&](const json &t) { return line(t, false); });
    ContextLists::appendSection(lines, data, u"unassigned"_s, u"Open with nobody assigned"_s,
                                [&](const json &t) { return line(t, false); });
    ContextLists::appendSection(lines, data, u"backlog"_s,
                                u"Overdue for more than %1 days (backlog, no more reminders)"_s.arg(kBacklogDays),
                                [&](const json &t) { return line(t, true); });
    ContextLists::appendSection(lines, data, u"recentlyCompleted"_s,
                                u"Completed in the last %1 hours"_s.arg(kRecentMinutes / 60), [&](const json &t) {
                                    QString result = u"- [task %1] %2 done at %3"_s.arg(
                                        str(t["taskId"]), ContextFormat::fenced(str(t["title"])),
                                        local(t["completedAt"]));
                                    if (t.contains("userId"))
                                        result += u" by %1 [user %2]"_s.arg(str(t["name"]), str(t["userId"]));
                                    result += where(t);
                                    if (t.contains("notes"))
                                        result += u"; notes "_s + ContextFormat::fenced(str(t["notes"]));
                                    return result;
                                });
    return lines.join(u'\n');
}

QMap<QString, int> TasksProvider::attention(const json &data) const
{
    return {{u"overdue"_s, int(data["overdue"].size())},
            {u"dueSoon"_s, int(data["dueSoon"].size())},
            {u"unassigned"_s, int(data["unassigned"].size())}};
}

QList<ContextList> TasksProvider::lists() const
{
    return {{u"overdue"_s, true},
            {u"dueSoon"_s, true},
            {u"unassigned"_s, true},
            {u"backlog"_s, false},
            {u"recentlyCompleted"_s, false}};
}
