#include "runs/runclaim.h"

#include "db/sqlsession.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// One advisory lock key per agent, in a range of our own ("mentats" + 0x10 + agent).
qint64 lockKey(Agent agent)
{
    return 0x6d656e7461747310 + (agent == Agent::OfficeManager ? 0 : 1);
}

} // namespace

QString RunClaim::triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule:
        return u"schedule"_s;
    case Trigger::Manual:
        return u"manual"_s;
    case Trigger::DryRun:
        return u"dry_run"_s;
    case Trigger::Cli:
        return u"cli"_s;
    }
    return {};
}

bool RunClaim::tryLock(SqlSession &session, Agent agent, std::chrono::milliseconds patience)
{
    const QString sql = u"SELECT pg_try_advisory_lock(%1)"_s.arg(lockKey(agent));
    QDeadlineTimer deadline(patience);
    while (!session.scalar(sql).toBool()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(25);
    }
    return true;
}

void RunClaim::releaseLock(SqlSession &session, Agent agent)
{
    session.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(lockKey(agent)));
}

std::optional<RunClaim::Claim> RunClaim::claim(SqlSession &session, Agent agent, Trigger trigger,
                                               const QDateTime &startedAt, const QDateTime &slot, const QString &host,
                                               const QString &requestedBy, const QString &replayOf)
{
    const bool scheduled = trigger == Trigger::Schedule;
    const auto orNull = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    const QVariant id = session.scalar(
        u"INSERT INTO mentats_runs (agent, trigger, scheduled_slot, dry_run, host, requested_by, replay_of, "
        "started_at) VALUES (?, ?, ?::timestamptz, ?, ?, ?, ?::uuid, ?::timestamptz) ON CONFLICT (agent, "
        "scheduled_slot) WHERE scheduled_slot IS NOT NULL DO NOTHING RETURNING id::text"_s,
        {Agents::id(agent), triggerName(trigger), scheduled ? QVariant(SqlSession::timestamp(slot)) : QVariant(),
         trigger == Trigger::DryRun, orNull(host), orNull(requestedBy), orNull(replayOf),
         SqlSession::timestamp(startedAt)});
    if (id.isNull())
        return std::nullopt;
    return Claim{id.toString(), trigger};
}
