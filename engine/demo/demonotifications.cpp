#include "demo/demonotifications.h"

#include "demo/demorandom.h"
#include "demo/demotables.h"

using namespace Qt::Literals::StringLiterals;

DemoNotifications::DemoNotifications(DemoRandom &random, DemoTables &tables) : m_random(random), m_tables(tables) {}

void DemoNotifications::send(const DemoPerson &to, const QString &type, const QString &title, const QString &body,
                             const QString &entityKey, const QString &entityId, const QDateTime &at,
                             const QDateTime &readAt)
{
    // Keys and ids are generated (identifiers and UUIDs), so they need no JSON escaping.
    const QString data = entityKey.isEmpty() ? QString() : u"{\"%1\": \"%2\"}"_s.arg(entityKey, entityId);
    m_tables.notifications.row()
        .text(m_random.uuid())
        .text(to.id)
        .text(type)
        .text(title)
        .textOrNull(body)
        .textOrNull(data)
        .boolean(readAt.isValid())
        .timestampOrNull(readAt)
        .timestamp(at);
}
