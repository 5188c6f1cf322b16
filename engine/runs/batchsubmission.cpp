#include "runs/batchsubmission.h"

#include "core/clock.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/anthropicbatchclient.h"
#include "llm/anthropicprovider.h"
#include "llm/llmerror.h"
#include "runs/pendingbatches.h"
#include "runs/runclaim.h"
#include "runs/runrecorder.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QCoro::Task<RunResult> BatchSubmission::submit(Database &db, const Clock &clock,
                                               std::shared_ptr<AnthropicProvider> anthropic, const PreparedRun &p,
                                               RunResult result, LlmRequest request, json tools)
{
    const json params = anthropic->requestBody(request);
    AnthropicBatchClient client(anthropic);
    MessageBatch batch;
    json rounds = json::array();
    try {
        QCoro::Task<MessageBatch> submitting = client.submit(p.runId, params);
        batch = co_await submitting;
    } catch (const LlmError &error) {
        result.status = RunStatus::Failed;
        result.reason = error.message();
        rounds.push_back({{"error", error.message().toStdString()},
                          {"detail", error.detail().toStdString()},
                          {"attempts", error.attempts()}});
    }
    if (result.status != RunStatus::Failed) {
        result.status = RunStatus::Waiting;
        result.batchId = batch.id;
        result.reason = u"waiting for Anthropic's answer to batch %1 (half price, within 24 hours)"_s.arg(batch.id);
        rounds.push_back(
            {{"batch",
              {{"id", batch.id.toStdString()}, {"submitted", batch.raw}, {"customId", p.runId.toStdString()}}}});
    }
    const Agent agent = p.agent;
    PendingBatches::Batch pending{p.runId,
                                  agent,
                                  batch.id,
                                  p.runId,
                                  anthropic->endpoint().baseUrl,
                                  p.startedAt,
                                  p.context.totalTokens(),
                                  clock.nowUtc(),
                                  u"pending"_s,
                                  batch.processingStatus,
                                  0,
                                  {},
                                  {}};
    const RunRecord record = RunRecorder::recordOf(p, result, rounds, tools);
    const QDateTime finished = clock.nowUtc();
    QFuture<void> recording = db.run(
        [agent, pending, record, params, finished, waiting = result.status == RunStatus::Waiting](SqlSession &s) {
            try {
                s.transaction([&] {
                    record.save(s, pending.runId, finished);
                    if (waiting)
                        PendingBatches::recordSubmitted(s, pending, params);
                });
            } catch (...) {
                RunClaim::releaseLock(s, agent);
                throw;
            }
            RunClaim::releaseLock(s, agent);
        });
    try {
        co_await recording;
    } catch (const DbError &) {
        // The batch went out but could not be recorded: nobody would ever collect it, so it is cancelled (best effort)
        // rather than left to be billed for nothing.
        result.status = RunStatus::Failed;
    }
    if (result.status == RunStatus::Failed && !batch.id.isEmpty()) {
        QCoro::Task<MessageBatch> cancelling = client.cancel(batch.id);
        try {
            co_await cancelling;
        } catch (const LlmError &error) {
            qCWarning(lcRuns).noquote() << "Could not cancel the unrecorded batch" << batch.id << ":"
                                        << error.message();
        }
        throw DbError(DbError::Kind::Connection,
                      u"The batch %1 was submitted but could not be recorded, so it was cancelled."_s.arg(batch.id));
    }
    qCInfo(lcRuns).noquote() << "run" << p.runId << "recorded:" << RunStatuses::toText(result.status) << result.reason;
    co_return result;
}
