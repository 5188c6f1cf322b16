#pragma once

#include "core/clock.h"

#include <QMutex>
#include <QMutexLocker>

// The simulator's clock: simulated time that moves only when the simulator moves it, read by the whole engine
// (scheduler, runs, tools, context) on whatever thread it runs. Reads and moves are serialised. The tests use it too
// (tests/support/fixedclock.h).
class SimulatedClock final : public Clock
{
public:
    explicit SimulatedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}

    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void setNow(const QDateTime &nowUtc)
    {
        QMutexLocker lock(&m_mutex);
        m_now = nowUtc;
    }
    void advanceSecs(qint64 secs)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(secs);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};
