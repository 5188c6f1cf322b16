#include "auth/auditlog.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

void AuditLog::record(SqlSession &session, const QString &userId, const QString &action, const QString &entityType,
                      const QString &entityId, const nlohmann::json &before, const nlohmann::json &after)
{
    const auto jsonOrNull = [](const nlohmann::json &value) {
        return value.is_null() ? QVariant() : QVariant(QString::fromStdString(value.dump()));
    };
    session.exec(u"INSERT INTO audit_logs (user_id, action, entity_type, entity_id, before_data, after_data) "
                 "VALUES ((SELECT id FROM users WHERE id::text = ?), ?, ?, ?, ?::jsonb, ?::jsonb)"_s,
                 {userId, action, entityType, entityId.isEmpty() ? QVariant() : QVariant(entityId), jsonOrNull(before),
                  jsonOrNull(after)});
}
