#pragma once

#include <QString>

class SqlSession;

// Messages from the AI system user as TeamTime shows them: in the one direct conversation between the two people
// (found, or made the first time; never one conversation per message), marked as a system message, with TeamTime's
// new_message notification. Runs inside the caller's transaction.
namespace DirectMessages {

struct Sent
{
    QString conversationId;
    QString messageId;
};

Sent send(SqlSession &session, const QString &fromUserId, const QString &toUserId, const QString &text,
          const QString &notificationTitle);

} // namespace DirectMessages
