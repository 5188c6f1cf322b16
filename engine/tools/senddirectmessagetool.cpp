#include "tools/senddirectmessagetool.h"

#include "db/dberror.h"
#include "db/sqlsession.h"
#include "tools/directmessages.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString SendDirectMessageTool::name() const
{
    return u"send_direct_message"_s;
}

QString SendDirectMessageTool::description() const
{
    return u"Send a direct message to a member of staff: a friendly check-in or a reminder. Warm, direct, and about "
           "one thing. At most one message per person every 30 minutes."_s;
}

json SendDirectMessageTool::parameters() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"toUserId", {{"type", "string"}, {"format", "uuid"}, {"description", "The person's id from the context."}}},
          {"message", {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}, {"description", "The message."}}}}},
        {"required", {"toUserId", "message"}},
        {"additionalProperties", false}};
}

QString SendDirectMessageTool::targetUserId(const json &arguments) const
{
    return stringArgument(arguments, "toUserId");
}

ToolEffect SendDirectMessageTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    if (context.aiSystemUserId.isEmpty())
        throw DbError(DbError::Kind::Schema, u"The AI system user is missing: run `mentats migrate`."_s);
    const QString to = targetUserId(arguments);
    const DirectMessages::Sent sent = DirectMessages::send(
        session, context.aiSystemUserId, to, QString::fromStdString(arguments.at("message").get<std::string>()),
        u"Message from the Office Manager"_s);
    ToolEffect effect;
    effect.targetUserId = to;
    effect.createdMessageId = sent.messageId;
    effect.result = {{"conversationId", sent.conversationId.toStdString()},
                     {"messageId", sent.messageId.toStdString()},
                     {"delivered", true}};
    return effect;
}

QString SendDirectMessageTool::formatResult(const ToolEffect &effect) const
{
    return u"Message sent (message %1)."_s.arg(effect.createdMessageId);
}
