#pragma once

#include "core/cronexpression.h"

#include <QDateTime>
#include <QTimeZone>
#include <optional>

// Which scheduled slot to run now, and when to look again, given an agent's schedule and the last slot it ran.
// A machine that was asleep or off does not replay every slot it missed: it runs the most recent one once (if it
// is still fresh enough to matter) and moves on. Pure time arithmetic, tested with fixed clocks.
class SlotPlanner
{
public:
    // A slot older than this is not worth running late: the state it was meant to look at has moved on.
    static constexpr qint64 kDefaultGraceSecs = 10 * 60;

    SlotPlanner(CronExpression schedule, QTimeZone zone, qint64 graceSecs = kDefaultGraceSecs);

    // The slot to run now (UTC), if any: the latest slot at or before `now`, after `lastRunSlot`, and no older than
    // the grace period.
    std::optional<QDateTime> dueSlot(const QDateTime &now, const QDateTime &lastRunSlot) const;
    // When to wake up next (UTC): the first slot after `now`.
    QDateTime nextWake(const QDateTime &now) const;
    // How many slots between lastRunSlot and now were let go (for the scheduler's health: "missed 12 runs").
    int missedSince(const QDateTime &lastRunSlot, const QDateTime &now, int cap = 1000) const;

private:
    std::optional<QDateTime> latestAtOrBefore(const QDateTime &now, const QDateTime &notBefore) const;

    CronExpression m_schedule;
    QTimeZone m_zone;
    qint64 m_graceSecs;
};
