#include "tools/sendnotificationtool.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString SendNotificationTool::name() const
{
    return u"send_notification"_s;
}

QString SendNotificationTool::description() const
{
    return u"Send a short app notification to a member of staff: a shift reminder, a task that is due or overdue, or "
           "a schedule change. For a conversation, send a direct message instead."_s;
}

json SendNotificationTool::parameters() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"toUserId", {{"type", "string"}, {"format", "uuid"}}},
          {"kind", {{"type", "string"}, {"enum", {"shift_reminder", "task_due", "task_overdue", "schedule_change"}}}},
          {"title", {{"type", "string"}, {"minLength", 3}, {"maxLength", 100}}},
          {"body", {{"type", "string"}, {"maxLength", 500}}}}},
        {"required", {"toUserId", "kind", "title"}},
        {"additionalProperties", false}};
}

QString SendNotificationTool::targetUserId(const json &arguments) const
{
    return stringArgument(arguments, "toUserId");
}

ToolEffect SendNotificationTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString to = targetUserId(arguments);
    const QVariant body = arguments.contains("body")
                              ? QVariant(QString::fromStdString(arguments["body"].get<std::string>()))
                              : QVariant();
    const QString id =
        session
            .scalar(u"INSERT INTO notifications (user_id, type, title, body, data) VALUES (?::uuid, "
                    "?::notification_type, ?, ?, jsonb_build_object('from', 'office_manager', 'runId', ?::text)) "
                    "RETURNING id"_s,
                    {to, QString::fromStdString(arguments.at("kind").get<std::string>()),
                     QString::fromStdString(arguments.at("title").get<std::string>()), body, context.runId})
            .toString();
    ToolEffect effect;
    effect.targetUserId = to;
    effect.result = {{"notificationId", id.toStdString()}};
    return effect;
}

QString SendNotificationTool::formatResult(const ToolEffect &effect) const
{
    return u"Notification sent (notification %1)."_s.arg(
        QString::fromStdString(effect.result["notificationId"].get<std::string>()));
}
