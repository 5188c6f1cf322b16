#pragma once

#include "config/businesssettings.h"

#include <QCoroTask>

class Database;

// The business's shared settings (name, time zone, which notifications to show), read and saved on a worker; a
// save is validated first and stamped with the manager in the audit log.
class BusinessSettingsService final
{
public:
    explicit BusinessSettingsService(Database &db);

    // Throws DbError.
    QCoro::Task<BusinessSettings> load();
    // Throws DbError(Usage) with the first problem when the settings do not validate, DbError otherwise.
    QCoro::Task<void> save(BusinessSettings settings, QString managerUserId);

private:
    Database &m_db;
};
