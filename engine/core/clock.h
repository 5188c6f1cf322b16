#pragma once

#include <QDateTime>
#include <memory>

// The engine never asks the machine for the time directly: everything that depends on "now" (demo data,
// lateness, cooldowns, schedules) takes a Clock, so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static std::shared_ptr<const Clock> system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &nowUtc) { m_now = nowUtc; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};
