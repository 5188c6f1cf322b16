#pragma once

#include "simulation/groundtruth.h"
#include "simulation/simulatedstore.h"

#include <QHash>
#include <vector>

class BusinessCalendar;
class DemoRandom;
class SqlSession;

// The store's people living through simulated time: they clock in (early, on time or late by their profile), take
// breaks or skip them, leave; tasks come due and get done or forgotten; purchasers withdraw cash and account for it
// (or sit on it); purchase requests wait for a manager. Everything is written to TeamTime's own tables as TeamTime's
// app would write it, at the instant it happens. People answer the agents: a nudged person acts within minutes with
// their profile's chance, some reply. The ground truth records every issue as it opens and closes.
class StoreLife
{
public:
    StoreLife(SimulatedStore &store, const SimulationOptions &options, const BusinessCalendar &calendar,
              GroundTruth &truth);
    ~StoreLife();

    // Writes what happened up to `now` (UTC). Blocking, on the simulator's database worker.
    void advanceTo(SqlSession &session, const QDateTime &now);
    // After the agents ran: what each run's context showed (which open issues it reached, which replies it saw),
    // and people's answers to the effects the agents had since the last call.
    void react(SqlSession &session);

    // The marker the simulated staff write when they address the AI (the injection model obeys what follows it).
    static QString plantedInstruction();

private:
    struct ShiftLife;
    struct TaskLife;
    struct CashLife;
    struct PurchaseLife;
    struct PendingReply;

    void planDay(int day);
    void liveShift(SqlSession &session, ShiftLife &life, const QDateTime &now);
    void liveTasks(SqlSession &session, const QDateTime &now);
    void liveCash(SqlSession &session, const QDateTime &now);
    void livePurchases(SqlSession &session, const QDateTime &now);
    void sendReplies(SqlSession &session, const QDateTime &now);
    void seeRuns(SqlSession &session);
    void answerEffects(SqlSession &session);
    void respond(int person, const QDateTime &at, const QString &conversationId);

    int openIssue(IssueKind kind, int person, const QString &subject, const QDateTime &at);
    void closeIssue(int &issue, const QDateTime &at);
    QDateTime localMidnight(int day) const;
    const QString &userId(int person) const;

    SimulatedStore &m_store;
    const SimulationOptions &m_options;
    const BusinessCalendar &m_calendar;
    GroundTruth &m_truth;
    std::unique_ptr<DemoRandom> m_random;
    QHash<QString, int> m_personOf; // user id -> person index
    int m_nextDay = 0;
    std::size_t m_nextShift = 0;
    std::vector<ShiftLife> m_shifts; // the live ones: today's and yesterday's
    std::vector<TaskLife> m_tasks;
    std::vector<CashLife> m_cash;
    std::vector<PurchaseLife> m_purchases;
    std::vector<PendingReply> m_replies;
    QDateTime m_seenEffectsUntil;
    QDateTime m_seenRunsUntil;
};
