#pragma once

#include "core/agent.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <memory>
#include <optional>

class Clock;
class SqlSession;

// What one scheduler pass should run: for each agent, the slot due now (if any) and when the next one comes, read
// from its configured schedule in the business time zone and the slots already claimed (SlotPlanner). An agent
// whose schedule cannot be read is planned with the problem instead, and runs nothing.
struct SchedulePlan
{
    struct Entry
    {
        Agent agent = Agent::OfficeManager;
        std::optional<QDateTime> dueSlot; // UTC
        QDateTime nextWake;               // UTC
        QString problem;
    };

    QList<Entry> agents;
    QTimeZone zone; // the business time zone

    QDateTime nextWake() const; // the earliest of the agents'; invalid when none has a next slot
    QStringList problems() const;

    static SchedulePlan read(SqlSession &session, const QList<Agent> &agents, const std::shared_ptr<const Clock> &clock,
                             qint64 graceSecs);
};
