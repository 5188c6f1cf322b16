#include "tools/createtasktool.h"

#include "db/sqlsession.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString CreateTaskTool::name() const
{
    return u"create_task"_s;
}

QString CreateTaskTool::description() const
{
    return u"Create a follow-up task for one member of staff, with a clear title, a priority and when it is due."_s;
}

json CreateTaskTool::parameters() const
{
    return {{"type", "object"},
            {"properties",
             {{"assigneeId",
               {{"type", "string"}, {"format", "uuid"}, {"description", "Who does it: an id from the context."}}},
              {"title", {{"type", "string"}, {"minLength", 3}, {"maxLength", 200}}},
              {"description", {{"type", "string"}, {"maxLength", 1000}}},
              {"priority", {{"type", "string"}, {"enum", {"low", "medium", "high", "urgent"}}}},
              {"dueInMinutes",
               {{"type", "integer"},
                {"minimum", 5},
                {"maximum", 10080},
                {"description", "Due this many minutes from now."}}}}},
            {"required", {"assigneeId", "title"}},
            {"additionalProperties", false}};
}

QString CreateTaskTool::targetUserId(const json &arguments) const
{
    return stringArgument(arguments, "assigneeId");
}

ToolEffect CreateTaskTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString assignee = targetUserId(arguments);
    const QString title = QString::fromStdString(arguments.at("title").get<std::string>());
    const QVariant description = arguments.contains("description")
                                     ? QVariant(QString::fromStdString(arguments["description"].get<std::string>()))
                                     : QVariant();
    const QString priority = QString::fromStdString(arguments.value("priority", "medium"));
    const QVariant due =
        arguments.contains("dueInMinutes") ? QVariant(arguments["dueInMinutes"].get<int>()) : QVariant();
    // Created and due on the run's clock: "overdue" and the task-history windows are judged against it.
    const QString now = SqlSession::timestamp(context.now());
    const QString task =
        session
            .scalar(u"INSERT INTO tasks (title, description, assigned_to, priority, due_at, status, source, "
                    "created_by, created_at) VALUES (?, ?, ?::uuid, ?::task_priority, "
                    "?::timestamptz + make_interval(mins => ?::int), 'not_started', 'event_triggered', ?::uuid, "
                    "?::timestamptz) RETURNING id"_s,
                    {title, description, assignee, priority, now, due, context.aiSystemUserId, now})
            .toString();
    session.exec(u"INSERT INTO notifications (user_id, type, title, body, data) VALUES (?::uuid, 'task_assigned', "
                 "'New task from the Office Manager', ?, jsonb_build_object('taskId', ?::text))"_s,
                 {assignee, title, task});
    ToolEffect effect;
    effect.targetUserId = assignee;
    effect.createdTaskId = task;
    effect.result = {{"taskId", task.toStdString()}, {"assigneeId", assignee.toStdString()}};
    return effect;
}

QString CreateTaskTool::formatResult(const ToolEffect &effect) const
{
    return u"Task created (task %1)."_s.arg(effect.createdTaskId);
}
