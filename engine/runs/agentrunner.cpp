#include "runs/agentrunner.h"

#include "core/logging.h"
#include "db/database.h"
#include "llm/anthropicprovider.h"
#include "runs/batchsubmission.h"
#include "runs/modelconversation.h"
#include "runs/runask.h"
#include "runs/runpreparation.h"
#include "runs/runrecorder.h"
#include "tools/tooldefinitions.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QHostInfo>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Phase = RunControl::Progress::Phase;

struct AgentRunner::Impl
{
    Impl(ConnectionSettings settings, std::shared_ptr<const Clock> c, QNetworkAccessManager *n)
        : db(std::move(settings), 1), clock(std::move(c)), network(n), executor(ToolRegistry::all())
    {}

    // Ask (the model, or a Message Batch) and record: a run its preparation found ready. The caller keeps this alive.
    QCoro::Task<RunResult> askAndRecord(PreparedRun prepared, RunOptions options);

    // The stages on the runner's connection.
    QFuture<PreparedRun> prepare(const RunOptions &options)
    {
        return db.run([clock = clock, options](SqlSession &s) { return RunPreparation::prepare(s, options, clock); });
    }
    QFuture<void> recordEnded(const PreparedRun &prepared, const RunRecord &record)
    {
        return db.run([prepared, record, clock = clock](SqlSession &s) {
            RunRecorder::recordEnded(s, prepared, record, clock->nowUtc());
        });
    }
    QFuture<void> recordAnswered(const PreparedRun &prepared, const RunResult &result,
                                 const ModelConversation::Outcome &talked, const json &tools)
    {
        return db.run([prepared, result, talked, tools, clock = clock](SqlSession &s) {
            RunRecorder::recordAnswered(s, prepared, result, talked, tools, clock->nowUtc());
        });
    }

    Database db; // one connection: the agent's advisory lock lives on it
    std::shared_ptr<const Clock> clock;
    QNetworkAccessManager *network;
    ToolExecutor executor;
};

AgentRunner::AgentRunner(ConnectionSettings settings, std::shared_ptr<const Clock> clock,
                         QNetworkAccessManager *network)
    : d(std::make_shared<Impl>(std::move(settings), std::move(clock), network))
{}

AgentRunner::~AgentRunner() = default;

QCoro::Task<RunResult> AgentRunner::run(RunOptions options)
{
    const std::shared_ptr<Impl> keepAlive = d; // until this run has recorded itself
    Impl &impl = *keepAlive;
    if (options.host.isEmpty())
        options.host = QHostInfo::localHostName();

    options.control.report(Phase::AssemblingContext);
    QFuture<PreparedRun> preparing = impl.prepare(options);
    PreparedRun prepared = co_await preparing;
    // Cancelled while the context was assembled: recorded before the model is asked anything.
    const bool cancelled = prepared.isReady() && options.control.isCancelled();
    if (cancelled)
        prepared.fail(RunControl::cancelledReason(options.requestedBy));
    if (prepared.isReady()) {
        QCoro::Task<RunResult> asking = impl.askAndRecord(std::move(prepared), std::move(options));
        RunResult asked = co_await asking;
        co_return asked;
    }
    RunResult result;
    result.runId = prepared.runId;
    result.cancelled = cancelled;
    result.status = prepared.verdict == PreparedRun::Verdict::Skip ? RunStatus::Skipped : RunStatus::Failed;
    result.reason = prepared.reason;
    QFuture<void> recorded = impl.recordEnded(prepared, RunRecorder::recordOf(prepared, result, json::array()));
    co_await recorded;
    co_return result;
}

QCoro::Task<RunResult> AgentRunner::Impl::askAndRecord(PreparedRun prepared, RunOptions options)
{
    RunResult result;
    result.runId = prepared.runId;
    const RunAsk::Answerer answerer = RunAsk::choose(options, prepared.config, network);
    result.notice = answerer.notice;
    result.provider = answerer.provider->displayName();
    result.model = answerer.model;
    ModelConversation::Setup setup = RunAsk::conversation(prepared, options, executor, result.model);
    const json tools = ToolDefinitions::toJson(setup.request.tools);
    const auto anthropic = std::dynamic_pointer_cast<AnthropicProvider>(answerer.provider);
    const int calls = RunAsk::callCount(prepared);
    // Only the Revenue Optimizer asks through a batch, and its modules are never split.
    const bool asBatch = anthropic && prepared.batch && calls == 1;
    qCInfo(lcRuns).noquote() << "run" << prepared.runId << "asks" << result.provider << result.model
                             << (asBatch ? u"as a Message Batch"_s : QString())
                             << (calls > 1 ? u"in %1 calls"_s.arg(calls) : QString());
    if (asBatch) {
        QCoro::Task<RunResult> submitting =
            BatchSubmission::submit(db, *clock, anthropic, prepared, std::move(result), setup.request, tools);
        RunResult submitted = co_await submitting;
        co_return submitted;
    }
    ModelConversation::Outcome talked;
    for (int call = 0; call < calls; ++call) {
        if (call > 0)
            setup = RunAsk::conversation(prepared, options, executor, result.model, call);
        QCoro::Task<ModelConversation::Outcome> talking =
            ModelConversation::run(db, executor, *answerer.provider, std::move(setup));
        const ModelConversation::Outcome part = co_await talking;
        talked.add(part, call, calls);
        // A failed, cancelled or switched-off call ends the run: the calls before it have recorded their actions.
        if (part.cancelled || !part.failure.isEmpty() || !part.stopped.isEmpty())
            break;
    }
    result.conclude(talked, options.requestedBy, *answerer.provider);

    options.control.report(Phase::Recording);
    if (result.status == RunStatus::Failed) {
        QFuture<void> recorded = recordEnded(prepared, RunRecorder::recordOf(prepared, result, talked.rounds, tools));
        co_await recorded;
        co_return result;
    }
    result.reason = talked.stopped;
    QFuture<void> recorded = recordAnswered(prepared, result, talked, tools);
    co_await recorded;
    if (!talked.anyCall)
        ++result.actionsLogged;
    co_return result;
}
