#pragma once

#include <QStringList>
#include <nlohmann/json.hpp>

class SqlSession;

// The people the agents report to: every active admin and manager (never the AI system user), admins first.
namespace Managers {

QStringList active(SqlSession &session, const QString &aiSystemUserId);

struct Delivery
{
    nlohmann::json recipients = nlohmann::json::array(); // [{userId, messageId}]
    QString firstMessageId;
};

// A direct message from the AI system user to each of them (with TeamTime's notification), in the caller's
// transaction.
Delivery message(SqlSession &session, const QString &aiSystemUserId, const QString &text,
                 const QString &notificationTitle);

} // namespace Managers
