#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// What the simulator knows and the agents must find out: every issue it created, with whom and what it concerned,
// when it opened and closed; every pattern it seeded; every reply staff wrote to the agent. docs/simulation.md
// defines each kind.
enum class IssueKind
{
    LateArrival,
    NoShow,
    OverdueTask,
    BreakDue,
    UnassignedCash,
    WaitingPurchase
};

QString issueKindName(IssueKind kind);

struct SimIssue
{
    IssueKind kind = IssueKind::LateArrival;
    QString userId;      // whom it concerns (for a waiting purchase: the manager who should decide)
    QString subjectId;   // the shift, task, withdrawal or purchase request
    QDateTime opened;    // UTC
    QDateTime closed;    // UTC; invalid while still open at the end
    QDateTime reachedAt; // the first run whose context showed it; invalid: never
    bool isOpenAt(const QDateTime &at) const { return opened <= at && (!closed.isValid() || at < closed); }
};

struct SimPattern
{
    QString userId;
    QString name;
    int weekday = 5; // Qt's: 1 = Monday ... 7 = Sunday
    QDate stopsOn;   // the person improves from this day on; invalid: the pattern holds throughout
};

struct SimReply
{
    QString userId;
    QString text;
    QDateTime at; // UTC
    bool seenByAgent = false;
};

struct GroundTruth
{
    QList<SimIssue> issues;
    QList<QDateTime>
        officeManagerRuns;             // UTC: every pass in which the scheduler ran (or skipped) an Office Manager slot
    QList<double> officeManagerPassMs; // wall time of each of those passes (the run, its context and its effects)
    QList<SimPattern> patterns;
    QList<SimReply> replies;
};
