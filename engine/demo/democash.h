#pragma once

#include "demo/demonotifications.h"
#include "demo/demotaskwriter.h"
#include "demo/demoworld.h"

#include <QDateTime>
#include <QString>
#include <vector>

class DemoRandom;
class DemoTables;
class DemoTimeline;

// The purchasers' money: purchase_requests (decided by a manager over the history, a few pending today),
// atm_withdrawals with the withdrawal_allocations that account for them, and cash that has sat unaccounted for
// three days or more.
class DemoCash
{
public:
    DemoCash(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables);

    void generate();

private:
    struct Approved
    {
        QString id;
        qint64 cents = 0;
        QString description;
        QDateTime decidedAt;
    };

    struct RequestRow
    {
        QString id;
        QString taskId;
        const DemoPerson *purchaser = nullptr;
        QString description;
        qint64 cents = 0;
        QString status;
        QString decidedBy;
        QDateTime decidedAt;
        QString decisionNotes;
        QDateTime createdAt;
    };

    void writeHistory(const DemoPerson &purchaser);
    void writeRequest(const DemoPerson &purchaser, int day, std::vector<Approved> &approved);
    QString writePickupTask(const DemoPerson &purchaser, const QString &requestId, const QString &item,
                            const QDateTime &decidedAt);
    void writeWithdrawal(const DemoPerson &purchaser, const QDateTime &at, std::vector<Approved> &approved);
    void writeToday(const DemoPerson &purchaser, bool first);
    void writePending(const DemoPerson &purchaser, bool atLeastOne);
    QString writeWithdrawalRow(const DemoPerson &purchaser, const QDateTime &at, qint64 cents, const QString &status,
                               const QString &notes);
    void writeAllocation(const QString &withdrawalId, qint64 cents, const QString &description,
                         const QString &requestId, const QDateTime &at);
    void writeRequestRow(const RequestRow &request);
    QString nearbyAddress(const DemoLocation &store);

    DemoWorld &m_world;
    const DemoTimeline &m_timeline;
    DemoRandom &m_random;
    DemoTables &m_tables;
    DemoTaskWriter m_tasks;
    DemoNotifications m_notifications;
};
