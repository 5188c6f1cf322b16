#include "scheduler/slotplanner.h"

SlotPlanner::SlotPlanner(CronExpression schedule, QTimeZone zone, qint64 graceSecs)
    : m_schedule(std::move(schedule)), m_zone(std::move(zone)), m_graceSecs(graceSecs)
{}

std::optional<QDateTime> SlotPlanner::latestAtOrBefore(const QDateTime &now, const QDateTime &notBefore) const
{
    // Walk forward from the earliest moment that could matter; schedules are minutes apart, so this is short.
    std::optional<QDateTime> latest;
    QDateTime cursor = notBefore.addSecs(-1);
    while (true) {
        const QDateTime slot = m_schedule.nextAfter(cursor, m_zone);
        if (!slot.isValid() || slot > now)
            return latest;
        latest = slot;
        cursor = slot;
    }
}

std::optional<QDateTime> SlotPlanner::dueSlot(const QDateTime &now, const QDateTime &lastRunSlot) const
{
    QDateTime from = now.addSecs(-m_graceSecs);
    if (lastRunSlot.isValid() && lastRunSlot.addSecs(1) > from)
        from = lastRunSlot.addSecs(1);
    if (from > now)
        return std::nullopt;
    return latestAtOrBefore(now, from);
}

QDateTime SlotPlanner::nextWake(const QDateTime &now) const
{
    return m_schedule.nextAfter(now, m_zone);
}

int SlotPlanner::missedSince(const QDateTime &lastRunSlot, const QDateTime &now, int cap) const
{
    if (!lastRunSlot.isValid())
        return 0;
    int missed = 0;
    QDateTime cursor = lastRunSlot;
    while (missed < cap) {
        const QDateTime slot = m_schedule.nextAfter(cursor, m_zone);
        if (!slot.isValid() || slot > now.addSecs(-m_graceSecs))
            break;
        ++missed;
        cursor = slot;
    }
    return missed;
}
