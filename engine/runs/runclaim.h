#pragma once

#include "core/agent.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

class SqlSession;

// Starting a run safely among several consoles and servers:
//  - an agent's run lock (a session-level advisory lock) keeps two runs of one agent from overlapping;
//  - a scheduled slot is claimed by inserting its run row: the unique (agent, slot) index lets exactly one machine
//    win, so a slot runs at most once however many schedulers are up.
namespace RunClaim {

enum class Trigger
{
    Schedule,
    Manual,
    DryRun,
    Cli
};
QString triggerName(Trigger trigger);

// False when another session holds the agent's lock. Released by releaseLock() or the session's end. With patience,
// tries again until it has passed: the scheduler's housekeeping holds the lock for a moment (to close interrupted
// runs), and a run asked for right then should wait it out rather than be skipped as if another run were going.
// Call on a worker thread: it sleeps.
bool tryLock(SqlSession &session, Agent agent, std::chrono::milliseconds patience = std::chrono::milliseconds(0));
void releaseLock(SqlSession &session, Agent agent);

struct Claim
{
    QString runId;
    Trigger trigger = Trigger::Manual;
};

// Inserts the run row (status running), started at `startedAt` (the runner's clock: the daily budget and stale-run
// closing compare it). For Trigger::Schedule `slot` is required, and nullopt means another machine already claimed
// that slot. `replayOf`: the run this one replays. Throws DbError on anything else.
std::optional<Claim> claim(SqlSession &session, Agent agent, Trigger trigger, const QDateTime &startedAt,
                           const QDateTime &slot = {}, const QString &host = {}, const QString &requestedBy = {},
                           const QString &replayOf = {});

} // namespace RunClaim
