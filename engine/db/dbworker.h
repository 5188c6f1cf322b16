#pragma once

#include "db/connectionsettings.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <atomic>
#include <memory>
#include <type_traits>

// A thread that owns one database connection and runs jobs on it in order. Callers get a QFuture they can
// co_await; jobs get the thread's SqlSession. Jobs still queued when the worker stops fail with a DbError
// instead of leaving their awaiters suspended forever.
class DbWorker final
{
public:
    DbWorker(const QString &connectionName, ConnectionSettings settings);
    ~DbWorker();
    DbWorker(const DbWorker &) = delete;
    DbWorker &operator=(const DbWorker &) = delete;

    int pendingJobs() const { return m_pending.load(); }

    template <typename Fn>
    auto run(Fn &&fn) -> QFuture<std::invoke_result_t<Fn, SqlSession &>>
    {
        using Result = std::invoke_result_t<Fn, SqlSession &>;
        auto job = std::make_shared<Job<Result>>();
        QFuture<Result> future = job->promise.future();
        job->promise.start();
        ++m_pending;
        post([this, job, fn = std::forward<Fn>(fn)](SqlSession &session) mutable {
            // Counted until done, so a worker busy with a long query is not picked for more work.
            const PendingGuard pending(m_pending);
            if (m_stopping.load())
                return; // the Job's destructor fails the future
            try {
                if constexpr (std::is_void_v<Result>) {
                    fn(session);
                } else {
                    job->promise.addResult(fn(session));
                }
            } catch (...) {
                job->promise.setException(std::current_exception());
            }
            job->promise.finish();
            job->finished = true;
        });
        return future;
    }

private:
    template <typename Result>
    struct Job
    {
        QPromise<Result> promise;
        bool finished = false;
        ~Job()
        {
            if (!finished) {
                promise.setException(std::make_exception_ptr(DbError(
                    DbError::Kind::Connection, QStringLiteral("The database worker stopped before the work ran."))));
                promise.finish();
            }
        }
    };

    struct PendingGuard
    {
        std::atomic<int> &counter;
        ~PendingGuard() { --counter; }
    };

    class Thread;
    void post(std::function<void(SqlSession &)> job);

    std::unique_ptr<Thread> m_thread;
    QObject *m_context = nullptr; // lives in m_thread; jobs are queued to it
    std::atomic<int> m_pending{0};
    std::atomic<bool> m_stopping{false};
};
