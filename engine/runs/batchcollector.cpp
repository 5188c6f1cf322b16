#include "runs/batchcollector.h"

#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "llm/anthropicbatchclient.h"
#include "llm/anthropicprovider.h"
#include "llm/llmerror.h"
#include "runs/collectedanswer.h"
#include "runs/modelconversation.h"
#include "runs/pendingbatches.h"
#include "runs/recordedrun.h"
#include "runs/runclaim.h"
#include "runs/runrecord.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Batch = PendingBatches::Batch;

namespace {

// What collecting starts from, read under the agent's lock.
struct Claimed
{
    bool busy = false; // another run of the agent holds the lock
    bool gone = false; // another process took the batch first
    RecordedRun run;
    ContextRequest request;
};

QString failureFor(const MessageBatchResult *result, const QString &batchId)
{
    if (!result)
        return u"The results of batch %1 do not include this run; no tool calls were applied."_s.arg(batchId);
    switch (result->type) {
    case MessageBatchResult::Type::Expired:
        return u"Anthropic let batch %1 expire before answering it (a batch has 24 hours); no tool calls were "
               "applied."_s.arg(batchId);
    case MessageBatchResult::Type::Canceled:
        return u"Batch %1 was canceled before Anthropic answered it; no tool calls were applied."_s.arg(batchId);
    case MessageBatchResult::Type::Errored:
        return u"Anthropic could not answer the request in batch %1 (%2: %3); no tool calls were applied."_s.arg(
            batchId, result->errorType.isEmpty() ? u"error"_s : result->errorType,
            result->errorMessage.isEmpty() ? u"no reason given"_s : result->errorMessage);
    case MessageBatchResult::Type::Succeeded:
    case MessageBatchResult::Type::Unknown:
        break;
    }
    return u"Batch %1 answered with a result Mentats does not know (\"%2\"); no tool calls were applied."_s.arg(
        batchId, result->rawType);
}

} // namespace

struct BatchCollector::Impl
{
    Impl(ConnectionSettings settings, std::shared_ptr<const Clock> c, QNetworkAccessManager *n)
        : db(std::move(settings), 1), clock(std::move(c)), network(n), executor(ToolRegistry::all())
    {}
    Database db; // one connection: the agent's lock, while a batch is collected, lives on it
    std::shared_ptr<const Clock> clock;
    QNetworkAccessManager *network;
    ToolExecutor executor;

    QCoro::Task<BatchCheck> checkOne(Batch batch, Options options);
    QCoro::Task<BatchCheck> fail(BatchCheck check, QString reason, json round);
    QCoro::Task<BatchCheck> collect(BatchCheck check, Batch batch, LlmResponse response);
};

BatchCollector::BatchCollector(ConnectionSettings settings, std::shared_ptr<const Clock> clock,
                               QNetworkAccessManager *network)
    : d(std::make_shared<Impl>(std::move(settings), std::move(clock), network))
{}

BatchCollector::~BatchCollector() = default;

QCoro::Task<QList<BatchCheck>> BatchCollector::check(Options options)
{
    const std::shared_ptr<Impl> keepAlive = d;
    QFuture<QList<Batch>> listing =
        keepAlive->db.run([agents = options.agents](SqlSession &s) { return PendingBatches::pending(s, agents); });
    const QList<Batch> pending = co_await listing;
    QList<BatchCheck> checks;
    for (const Batch &batch : pending) {
        QCoro::Task<BatchCheck> checking = keepAlive->checkOne(batch, options);
        BatchCheck checked = co_await checking;
        qCInfo(lcRuns).noquote() << "batch" << checked.batchId << "of run" << checked.runId << "->"
                                 << int(checked.outcome) << checked.processingStatus << checked.problem
                                 << RunStatuses::toText(checked.run.status);
        checks << checked;
    }
    co_return checks;
}

QCoro::Task<BatchCheck> BatchCollector::Impl::checkOne(Batch b, Options options)
{
    BatchCheck check;
    check.runId = b.runId;
    check.agent = b.agent;
    check.batchId = b.batchId;
    const bool overdue = b.submittedAt.secsTo(clock->nowUtc()) > options.giveUpAfterSecs;
    const QString gaveUp = u"Anthropic had not answered batch %1 after %2 hours, so Mentats gave up on it; no tool "
                           "calls were applied."_s.arg(b.batchId)
                               .arg(options.giveUpAfterSecs / 3600);
    QString key = options.apiKey ? options.apiKey(b.agent, u"anthropic"_s) : QString();
    if (key.isEmpty())
        key = qEnvironmentVariable("ANTHROPIC_API_KEY");
    if (key.isEmpty()) {
        if (overdue) {
            QCoro::Task<BatchCheck> failing = fail(check, gaveUp, {{"gaveUp", "no API key to check the batch"}});
            BatchCheck done = co_await failing;
            co_return done;
        }
        check.outcome = BatchCheck::Outcome::Deferred;
        check.problem = u"No Anthropic API key is set, so batch %1 cannot be checked."_s.arg(b.batchId);
        co_return check;
    }

    // The batch is read where it was submitted, with the agent's key for that account.
    auto provider = std::make_shared<AnthropicProvider>(LlmEndpoint{b.baseUrl, key}, network);
    AnthropicBatchClient client(provider);
    MessageBatch batch;
    QList<MessageBatchResult> results;
    std::optional<LlmError> failure;
    try {
        QCoro::Task<MessageBatch> asking = client.status(b.batchId);
        batch = co_await asking;
        check.processingStatus = batch.processingStatus;
        if (batch.ended()) {
            QCoro::Task<QList<MessageBatchResult>> reading = client.results(batch);
            results = co_await reading;
        }
    } catch (const LlmError &error) {
        failure = error;
    }
    QFuture<void> noting = db.run(
        [runId = b.runId, status = batch.processingStatus, problem = failure ? failure->message() : QString(),
         clock = clock](SqlSession &s) { PendingBatches::notePoll(s, runId, status, problem, clock->nowUtc()); });
    co_await noting;

    if (failure) {
        if (failure->kind() == LlmError::Kind::NotFound || overdue) {
            const QString reason = failure->kind() == LlmError::Kind::NotFound
                                       ? failure->message() + u" No tool calls were applied."_s
                                       : gaveUp;
            QCoro::Task<BatchCheck> failing =
                fail(check, reason,
                     {{"error", failure->message().toStdString()}, {"detail", failure->detail().toStdString()}});
            BatchCheck done = co_await failing;
            co_return done;
        }
        check.outcome = BatchCheck::Outcome::Deferred;
        check.problem = failure->message();
        co_return check;
    }
    if (!batch.ended()) {
        if (!overdue) {
            check.outcome = BatchCheck::Outcome::Waiting;
            co_return check;
        }
        QCoro::Task<MessageBatch> cancelling = client.cancel(b.batchId);
        try {
            co_await cancelling; // nobody will read its answer any more: stop paying for it
        } catch (const LlmError &error) {
            qCWarning(lcRuns).noquote() << "Could not cancel batch" << b.batchId << ":" << error.message();
        }
        QCoro::Task<BatchCheck> failing = fail(check, gaveUp, {{"gaveUp", batch.raw}});
        BatchCheck done = co_await failing;
        co_return done;
    }

    const auto found = std::find_if(results.cbegin(), results.cend(),
                                    [&b](const MessageBatchResult &r) { return r.customId == b.customId; });
    const MessageBatchResult *result = found == results.cend() ? nullptr : &*found;
    if (!result || result->type != MessageBatchResult::Type::Succeeded) {
        QCoro::Task<BatchCheck> failing =
            fail(check, failureFor(result, b.batchId), {{"batchResult", result ? result->raw : json()}});
        BatchCheck done = co_await failing;
        co_return done;
    }
    QCoro::Task<BatchCheck> collecting = collect(check, b, result->response);
    BatchCheck done = co_await collecting;
    co_return done;
}

QCoro::Task<BatchCheck> BatchCollector::Impl::fail(BatchCheck check, QString reason, json round)
{
    QFuture<bool> failing = db.run([runId = check.runId, reason, round, clock = clock](SqlSession &s) {
        return PendingBatches::fail(s, runId, reason, round, clock->nowUtc());
    });
    const bool failed = co_await failing;
    check.outcome = failed ? BatchCheck::Outcome::Collected : BatchCheck::Outcome::Deferred;
    if (!failed)
        check.problem = u"Another process finished batch %1 first."_s.arg(check.batchId);
    check.run.runId = check.runId;
    check.run.batchId = check.batchId;
    check.run.status = RunStatus::Failed;
    check.run.reason = reason;
    co_return check;
}

QCoro::Task<BatchCheck> BatchCollector::Impl::collect(BatchCheck check, Batch b, LlmResponse response)
{
    const Agent agent = b.agent;
    QFuture<Claimed> claiming = db.run([agent, runId = b.runId, clock = clock](SqlSession &s) {
        Claimed c;
        if (!RunClaim::tryLock(s, agent)) {
            c.busy = true;
            return c;
        }
        try {
            if (!PendingBatches::startCollecting(s, runId)) {
                c.gone = true;
            } else {
                c.run = RecordedRun::load(s, runId);
                c.request = ContextRequestLoader::load(s, agent, clock);
            }
        } catch (...) {
            RunClaim::releaseLock(s, agent);
            throw;
        }
        if (c.gone)
            RunClaim::releaseLock(s, agent);
        return c;
    });
    const Claimed claimed = co_await claiming;
    if (claimed.busy || claimed.gone) {
        check.outcome = BatchCheck::Outcome::Deferred;
        check.problem = claimed.busy ? u"Another run of the %1 is in progress; batch %2 is collected on the next "
                                       "pass."_s.arg(Agents::displayName(agent), b.batchId)
                                     : u"Another process is collecting batch %1."_s.arg(b.batchId);
        co_return check;
    }

    const RecordedRun &run = claimed.run;
    CollectedAnswer answer(response, run.provider);
    ModelConversation::Setup setup;
    setup.request.model = run.model;
    setup.toolContext = {run.id, agent, run.dryRun, claimed.request.aiSystemUserId, &claimed.request};
    setup.log = {b.runStartedAt, run.contextSummary, b.contextTokens, {}};
    setup.maxRounds = 1; // see the class comment: the batch's one answer, no second turn
    // The ToolExecutor re-reads the kill switch for every call: a switch turned off since the batch went out blocks
    // its calls.
    QCoro::Task<ModelConversation::Outcome> applying = ModelConversation::run(db, executor, answer, std::move(setup));
    const ModelConversation::Outcome talked = co_await applying;

    RunResult result;
    result.runId = run.id;
    result.batchId = b.batchId;
    result.provider = run.provider;
    result.model = run.model;
    result.conclude(talked, {}, answer);
    if (result.status == RunStatus::Completed)
        result.reason = talked.stopped;
    json rounds = run.rounds.is_array() ? run.rounds : json::array();
    for (json round : talked.rounds) {
        if (round.is_object())
            round["batch"] = b.batchId.toStdString();
        rounds.push_back(round);
    }
    const RunRecord record{result.status,      result.reason, run.dryRun,       result.provider, result.model,
                           run.contextSummary, run.context,   run.systemPrompt, run.userMessage, rounds,
                           result.usage,       result.cost,   run.tools};
    QFuture<void> recording = db.run([agent, b, record, talked, result, clock = clock](SqlSession &s) {
        const QDateTime now = clock->nowUtc();
        try {
            s.transaction([&] {
                if (!talked.anyCall && result.status == RunStatus::Completed)
                    RunRecord::logObservation(s, agent, b.runId, b.runStartedAt, record.contextSummary, b.contextTokens,
                                              talked.lastText,
                                              result.usage.totalInputTokens() + result.usage.outputTokens, now);
                if (result.usage.totalInputTokens() > 0)
                    ContextRequestLoader::recordActualTokens(s, agent, b.contextTokens,
                                                             result.usage.totalInputTokens());
                record.save(s, b.runId, now);
                PendingBatches::markCollected(s, b.runId, now);
            });
        } catch (...) {
            RunClaim::releaseLock(s, agent);
            throw;
        }
        RunClaim::releaseLock(s, agent);
    });
    co_await recording;
    check.outcome = BatchCheck::Outcome::Collected;
    check.run = result;
    if (!talked.anyCall && result.status == RunStatus::Completed)
        ++check.run.actionsLogged;
    co_return check;
}
