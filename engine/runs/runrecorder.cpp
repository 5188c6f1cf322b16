#include "runs/runrecorder.h"

#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "runs/runclaim.h"

using nlohmann::json;

RunRecord RunRecorder::recordOf(const PreparedRun &p, const RunResult &r, const json &rounds, const json &tools)
{
    return RunRecord{r.status == RunStatus::Waiting ? RunStatus::Running : r.status,
                     r.reason,
                     p.dryRun,
                     r.provider,
                     r.model,
                     p.context.summary(),
                     p.context.structured(),
                     p.prompt.systemText(),
                     p.prompt.userMessage,
                     rounds,
                     r.usage,
                     r.cost,
                     tools};
}

void RunRecorder::recordEnded(SqlSession &session, const PreparedRun &prepared, const RunRecord &record,
                              const QDateTime &now)
{
    if (prepared.claimed)
        record.save(session, prepared.runId, now);
    if (prepared.locked)
        RunClaim::releaseLock(session, prepared.agent);
    if (record.status == RunStatus::Skipped)
        qCInfo(lcRuns).noquote() << "run" << (prepared.claimed ? prepared.runId : QStringLiteral("(not claimed)"))
                                 << "skipped:" << record.reason;
    else
        qCInfo(lcRuns).noquote() << "run" << prepared.runId << "recorded:" << RunStatuses::toText(record.status)
                                 << (record.cost ? record.cost->display() : QStringLiteral("cost unknown"))
                                 << record.reason;
}

void RunRecorder::recordAnswered(SqlSession &session, const PreparedRun &prepared, const RunResult &result,
                                 const ModelConversation::Outcome &talked, const json &tools, const QDateTime &now)
{
    const Agent agent = prepared.agent;
    const qint64 inputTokens = result.usage.totalInputTokens();
    if (!talked.anyCall)
        RunRecord::logObservation(session, agent, prepared.runId, prepared.startedAt, prepared.context.summary(),
                                  prepared.context.totalTokens(), talked.lastText,
                                  inputTokens + result.usage.outputTokens, now);
    // A split run's calls each repeat the system prompt: its tokens say nothing about the estimates.
    if (inputTokens > 0 && !prepared.context.isSplit())
        ContextRequestLoader::recordActualTokens(session, agent, prepared.context.totalTokens(), inputTokens);
    recordEnded(session, prepared, recordOf(prepared, result, talked.rounds, tools), now);
}
