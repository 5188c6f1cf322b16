#pragma once

#include "config/businesssettings.h"
#include "core/businesscalendar.h"
#include "core/clock.h"

#include <QCoroTask>
#include <memory>

class Database;

// The business's shared settings (name, time zone, which notifications to show), read and saved on a worker; a
// save is validated first and stamped with the manager in the audit log. Also the business's calendar, for callers
// that count in the business's days.
class BusinessSettingsService final
{
public:
    BusinessSettingsService(Database &db, std::shared_ptr<const Clock> clock);

    // Throws DbError.
    QCoro::Task<BusinessSettings> load();
    // Throws DbError(Usage) with the first problem when the settings do not validate, DbError otherwise.
    QCoro::Task<void> save(BusinessSettings settings, QString managerUserId);
    // The business's zone (the default one while none is stored) on the session's clock, as the agents count days.
    // Throws DbError(Schema) when the stored zone is not one this machine knows, DbError otherwise.
    QCoro::Task<BusinessCalendar> calendar();

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
