#include "services/actionlogservice.h"

#include "config/businesssettings.h"
#include "db/database.h"

ActionLogService::ActionLogService(Database &db) : m_db(db) {}

QCoro::Task<ActionLogService::Choices> ActionLogService::choices()
{
    QFuture<Choices> reading = m_db.run([](SqlSession &s) {
        return Choices{QTimeZone(BusinessSettings::load(s).timeZone.toUtf8()), ActionLog::people(s)};
    });
    co_return co_await reading;
}

QCoro::Task<QList<ActionLog::Entry>> ActionLogService::page(ActionLog::Filter filter)
{
    QFuture<QList<ActionLog::Entry>> reading =
        m_db.run([filter = std::move(filter)](SqlSession &s) { return ActionLog::page(s, filter); });
    co_return co_await reading;
}

QCoro::Task<ActionLog::Details> ActionLogService::details(QString actionId)
{
    QFuture<ActionLog::Details> reading =
        m_db.run([actionId = std::move(actionId)](SqlSession &s) { return ActionLog::details(s, actionId); });
    co_return co_await reading;
}
