#pragma once

#include <QString>
#include <nlohmann/json.hpp>

class SqlSession;

// TeamTime's audit_logs: who (a signed-in admin or manager), did what, to which entity, with the data before and
// after. Everything a manager changes in the console is stamped here, in the same transaction as the change.
namespace AuditLog {

void record(SqlSession &session, const QString &userId, const QString &action, const QString &entityType,
            const QString &entityId, const nlohmann::json &before, const nlohmann::json &after);

} // namespace AuditLog
