#include "services/businesssettingsservice.h"

#include "context/contextrequestloader.h"
#include "db/database.h"

BusinessSettingsService::BusinessSettingsService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db), m_clock(std::move(clock))
{}

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

QCoro::Task<BusinessCalendar> BusinessSettingsService::calendar()
{
    // The same reading of the stored zone as the agents' context, so a day here is the day they count in.
    QFuture<BusinessCalendar> reading = m_db.run([clock = m_clock](SqlSession &s) {
        return ContextRequestLoader::load(s, Agent::OfficeManager, clock).calendar;
    });
    co_return co_await reading;
}
