#pragma once

#include "core/clock.h"

#include <QMutex>
#include <QMutexLocker>

// The tests' clock: it stands still until a test moves it. Engine work runs on database worker threads while a test
// advances the clock, so reads and moves are serialised.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}

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
