#pragma once

#include <QDateTime>
#include <memory>

// Nothing in the engine asks for the time but through a Clock — neither QDateTime::currentDateTime nor the database
// server's now(): everything that depends on "now" (demo data, lateness, cooldowns, the hourly rate limit, approval
// expiry, budgets, schedules) takes a Clock and binds its time into SQL, so tests can move time instead of sleeping.
// The tests' double is tests/support/fixedclock.h.
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
