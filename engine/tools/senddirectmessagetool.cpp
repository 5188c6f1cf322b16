#include "tools/senddirectmessagetool.h"

#include "db/dberror.h"
#include "db/sqlsession.h"

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
    return {{"type", "object"},
            {"properties",
             {{"toUserId", {{"type", "string"}, {"format", "uuid"}, {"description", "The person's id from the context."}}},
              {"message", {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}, {"description", "The message."}}}}},
            {"required", {"toUserId", "message"}},
            {"additionalProperties", false}};
}

QString SendDirectMessageTool::targetUserId(const json &arguments) const
{
    return QString::fromStdString(arguments.value("toUserId", ""));
}

QStringList SendDirectMessageTool::checkBusinessRules(SqlSession &session, const json &arguments,
                                                      const ToolContext &context) const
{
    if (const QString problem = staffProblem(session, targetUserId(arguments), context); !problem.isEmpty())
        return {problem};
    return {};
}

ToolEffect SendDirectMessageTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString to = targetUserId(arguments);
    const QString from = context.aiSystemUserId;
    if (from.isEmpty())
        throw DbError(DbError::Kind::Schema, u"The AI system user is missing: run `mentats migrate`."_s);
    // The one direct conversation between the two: exactly these two participants.
    QVariant conversation = session.scalar(
        u"SELECT c.id FROM conversations c WHERE c.type::text = 'direct' "
        "AND EXISTS (SELECT 1 FROM conversation_participants p WHERE p.conversation_id = c.id AND p.user_id = ?::uuid) "
        "AND EXISTS (SELECT 1 FROM conversation_participants p WHERE p.conversation_id = c.id AND p.user_id = ?::uuid) "
        "AND (SELECT count(*) FROM conversation_participants p WHERE p.conversation_id = c.id) = 2 "
        "ORDER BY c.created_at LIMIT 1"_s,
        {from, to});
    if (conversation.isNull()) {
        conversation = session.scalar(
            u"INSERT INTO conversations (type, created_by) VALUES ('direct', ?::uuid) RETURNING id"_s, {from});
        session.exec(u"INSERT INTO conversation_participants (conversation_id, user_id) VALUES (?::uuid, ?::uuid), "
                     "(?::uuid, ?::uuid)"_s,
                     {conversation, from, conversation, to});
    }
    const QString text = QString::fromStdString(arguments.at("message").get<std::string>());
    const QString message = session
                                .scalar(u"INSERT INTO messages (conversation_id, sender_id, content, is_system_message) "
                                        "VALUES (?::uuid, ?::uuid, ?, true) RETURNING id"_s,
                                        {conversation, from, text})
                                .toString();
    session.exec(u"UPDATE conversations SET updated_at = now() WHERE id = ?::uuid"_s, {conversation});
    session.exec(u"INSERT INTO notifications (user_id, type, title, body, data) VALUES (?::uuid, 'new_message', "
                 "'Message from the Office Manager', ?, jsonb_build_object('conversationId', ?::text, 'messageId', ?::text))"_s,
                 {to, text.left(140), conversation.toString(), message});
    ToolEffect effect;
    effect.targetUserId = to;
    effect.createdMessageId = message;
    effect.result = {{"conversationId", conversation.toString().toStdString()}, {"messageId", message.toStdString()},
                     {"delivered", true}};
    return effect;
}

QString SendDirectMessageTool::formatResult(const ToolEffect &effect) const
{
    return u"Message sent (message %1)."_s.arg(effect.createdMessageId);
}
