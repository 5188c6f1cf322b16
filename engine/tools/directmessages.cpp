#include "tools/directmessages.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

DirectMessages::Sent DirectMessages::send(SqlSession &session, const QString &from, const QString &to,
                                          const QString &text, const QString &notificationTitle)
{
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
    Sent sent;
    sent.conversationId = conversation.toString();
    sent.messageId = session
                         .scalar(u"INSERT INTO messages (conversation_id, sender_id, content, is_system_message) "
                                 "VALUES (?::uuid, ?::uuid, ?, true) RETURNING id"_s,
                                 {conversation, from, text})
                         .toString();
    session.exec(u"UPDATE conversations SET updated_at = now() WHERE id = ?::uuid"_s, {conversation});
    session.exec(u"INSERT INTO notifications (user_id, type, title, body, data) VALUES (?::uuid, 'new_message', ?, ?, "
                 "jsonb_build_object('conversationId', ?::text, 'messageId', ?::text))"_s,
                 {to, notificationTitle, text.left(140), sent.conversationId, sent.messageId});
    return sent;
}
