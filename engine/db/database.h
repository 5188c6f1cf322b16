#pragma once

#include "db/connectionsettings.h"
#include "db/dbworker.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <memory>
#include <vector>

// The engine's door to PostgreSQL: a small pool of worker threads, each with its own connection. Work is a
// callable taking a SqlSession and returning plain data; callers co_await the result on their own thread.
class Database final
{
public:
    explicit Database(ConnectionSettings settings, int workerCount = 2);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const ConnectionSettings &settings() const { return m_settings; }

    template <typename Fn>
    auto run(Fn &&fn)
    {
        return leastBusyWorker().run(std::forward<Fn>(fn));
    }

    // Connects (if needed) and answers with the server's version string. Throws DbError.
    QCoro::Task<QString> ping();

private:
    DbWorker &leastBusyWorker();

    ConnectionSettings m_settings;
    std::vector<std::unique_ptr<DbWorker>> m_workers;
};
