#include "tools/managers.h"

#include "db/sqlsession.h"
#include "tools/directmessages.h"

using namespace Qt::Literals::StringLiterals;

QStringList Managers::active(SqlSession &session, const QString &aiSystemUserId)
{
    const SqlRows rows = session.select(
        u"SELECT id::text FROM users WHERE is_active AND role::text IN ('admin', 'manager') AND id::text <> ? "
        "ORDER BY role, name"_s,
        {aiSystemUserId});
    QStringList ids;
    for (const QVariantList &row : rows.rows)
        ids << row.at(0).toString();
    return ids;
}

Managers::Delivery Managers::message(SqlSession &session, const QString &aiSystemUserId, const QString &text,
                                     const QString &notificationTitle)
{
    Delivery delivery;
    for (const QString &manager : active(session, aiSystemUserId)) {
        const DirectMessages::Sent sent =
            DirectMessages::send(session, aiSystemUserId, manager, text, notificationTitle);
        delivery.recipients.push_back({{"userId", manager.toStdString()}, {"messageId", sent.messageId.toStdString()}});
        if (delivery.firstMessageId.isEmpty())
            delivery.firstMessageId = sent.messageId;
    }
    return delivery;
}
