#include "db/database.h"

#include <QAtomicInt>
#include <QCoroFuture>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt g_databaseSerial;
}

Database::Database(ConnectionSettings settings, int workerCount) : m_settings(std::move(settings))
{
    const int serial = g_databaseSerial.fetchAndAddRelaxed(1);
    for (int i = 0; i < std::max(1, workerCount); ++i)
        m_workers.push_back(std::make_unique<DbWorker>(u"mentats-%1-%2"_s.arg(serial).arg(i), m_settings));
}

Database::~Database() = default;

DbWorker &Database::leastBusyWorker()
{
    return **std::ranges::min_element(m_workers, {}, [](const auto &w) { return w->pendingJobs(); });
}

QCoro::Task<QString> Database::ping()
{
    QFuture<QString> version =
        run([](SqlSession &session) { return session.scalar(u"SELECT version()"_s).toString(); });
    co_return co_await version;
}
