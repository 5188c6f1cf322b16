#include "services/businesssettingsservice.h"

#include "db/database.h"

BusinessSettingsService::BusinessSettingsService(Database &db) : m_db(db) {}

QCoro::Task<BusinessSettings> BusinessSettingsService::load()
{
    QFuture<BusinessSettings> reading = m_db.run([](SqlSession &s) { return BusinessSettings::load(s); });
    co_return co_await reading;
}

QCoro::Task<void> BusinessSettingsService::save(BusinessSettings settings, QString managerUserId)
{
    QFuture<void> saving = m_db.run([settings = std::move(settings), managerUserId = std::move(managerUserId)](
                                        SqlSession &s) { BusinessSettings::save(s, settings, managerUserId); });
    co_await saving;
}
