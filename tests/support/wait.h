#pragma once

#include <QCoroFuture>
#include <QCoroTask>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <exception>
#include <optional>

// Tests may block on a result (app code never does): these run a nested event loop until the work is done and
// rethrow its exception. (QCoro 0.8's own waitFor() never returns when the awaited work throws.)
namespace Wait {

namespace detail {

template <typename T>
QCoro::Task<void> drive(QCoro::Task<T> task, QEventLoop &loop, std::optional<T> &result, std::exception_ptr &error,
                        bool &done)
{
    try {
        result.emplace(co_await task);
    } catch (...) {
        error = std::current_exception();
    }
    done = true;
    loop.quit();
}

inline QCoro::Task<void> driveVoid(QCoro::Task<void> task, QEventLoop &loop, std::exception_ptr &error, bool &done)
{
    try {
        co_await task;
    } catch (...) {
        error = std::current_exception();
    }
    done = true;
    loop.quit();
}

template <typename T>
QCoro::Task<T> fromFuture(QFuture<T> future)
{
    co_return co_await future;
}

inline QCoro::Task<void> fromVoidFuture(QFuture<void> future)
{
    co_await future;
}

} // namespace detail

template <typename T>
T forTask(QCoro::Task<T> task)
{
    QEventLoop loop;
    std::exception_ptr error;
    bool done = false;
    if constexpr (std::is_void_v<T>) {
        detail::driveVoid(std::move(task), loop, error, done);
        if (!done)
            loop.exec();
        if (error)
            std::rethrow_exception(error);
    } else {
        std::optional<T> result;
        detail::drive(std::move(task), loop, result, error, done);
        if (!done)
            loop.exec();
        if (error)
            std::rethrow_exception(error);
        return std::move(*result);
    }
}

template <typename T>
T forFuture(QFuture<T> future)
{
    if constexpr (std::is_void_v<T>)
        forTask(detail::fromVoidFuture(std::move(future)));
    else
        return forTask(detail::fromFuture(std::move(future)));
}

// True once `spy` holds more than `before` signals. Use it, not spy.wait(), after starting work: wait() only sees a
// signal emitted while it waits, and work whose future is already finished when it is awaited goes on at once and
// emits before the call that started it returns.
inline bool forSignals(const QSignalSpy &spy, qsizetype before, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&spy, before] { return spy.size() > before; }, timeoutMs);
}

} // namespace Wait
