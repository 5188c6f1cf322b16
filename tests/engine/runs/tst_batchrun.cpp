// The Revenue Optimizer's nightly run through Anthropic's Message Batches, against a real database and the fake
// Anthropic server over real HTTP: submitted and recorded as waiting (no lock held, no second batch), collected when
// the batch has ended (tool calls applied and logged like a live run, at half the price), failed with one sentence
// for an expired, errored or canceled result, given up after 25 hours, and finished by another process.
#include "config/agentsettingsstore.h"
#include "db/dberror.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "llm/pricetable.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "runs/batchcollector.h"
#include "runs/runclaim.h"
#include "scheduler/scheduler.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kSlot = QDateTime(QDate(2026, 11, 24), QTime(2, 0), kPacific).toUTC();
} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<FakeLlmServer> m_server;

    SqlSession &s() { return m_db->session(); }
    int count(const QString &sql, const QVariantList &params = {}) { return s().scalar(sql, params).toInt(); }

    RunResult runAt(const QDateTime &slot, RunClaim::Trigger trigger = RunClaim::Trigger::Schedule)
    {
        RunOptions options;
        options.agent = Agent::RevenueOptimizer;
        options.trigger = trigger;
        if (trigger == RunClaim::Trigger::Schedule)
            options.scheduledSlot = slot;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{m_server->baseUrl(), u"sk-ant-test-key"_s});
        AgentRunner runner(m_db->settings(), m_clock);
        return Wait::forTask(runner.run(std::move(options)));
    }
    QList<BatchCheck> collect()
    {
        // A collector of its own each time: nothing but the database carries a batch from one process to the next.
        BatchCollector collector(m_db->settings(), m_clock);
        BatchCollector::Options options;
        options.apiKey = [](Agent, const QString &) { return u"sk-ant-test-key"_s; };
        return Wait::forTask(collector.check(options));
    }
    static json memoryCall()
    {
        json answer = FakeLlmServer::anthropicToolUse(u"toolu_1"_s, u"write_memory"_s,
                                                      {{"scope", "global"},
                                                       {"memoryType", "pattern"},
                                                       {"content", "Fridays run late at every location."},
                                                       {"confidence", 0.8}},
                                                      u"Lateness doubles on Fridays."_s);
        answer["usage"] = {{"input_tokens", 2000},
                           {"output_tokens", 100},
                           {"cache_read_input_tokens", 0},
                           {"cache_creation_input_tokens", 0}};
        return answer;
    }
    bool lockIsFree()
    {
        const bool free = RunClaim::tryLock(s(), Agent::RevenueOptimizer);
        if (free)
            RunClaim::releaseLock(s(), Agent::RevenueOptimizer);
        return free;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        m_clock = std::make_shared<FixedClock>(kSlot.addSecs(60));
        m_server = std::make_unique<FakeLlmServer>();
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5', "
                 "provider = 'anthropic' WHERE agent = 'revenue_optimizer'"_s);
        s().exec(u"INSERT INTO mentats_agent_settings (agent, provider, base_url, use_batch) "
                 "VALUES ('revenue_optimizer', 'anthropic', ?, true)"_s,
                 {m_server->baseUrl().toString()});
    }

    void submitsWaitsAndCollectsLikeALiveRun()
    {
        m_server->scriptBatch({.pendingPolls = 1, .message = memoryCall()});
        const RunResult submitted = runAt(kSlot);
        QCOMPARE(submitted.status, RunStatus::Waiting);
        QVERIFY(submitted.batchId.startsWith(u"msgbatch_fake_"_s));
        // One request to the batch endpoint: the run's prompt and tools under its run id, with the key.
        QCOMPARE(m_server->requests().size(), 1);
        const FakeLlmServer::Request &sent = m_server->requests().front();
        QCOMPARE(sent.path, QByteArray("/v1/messages/batches"));
        QCOMPARE(sent.headers.value("x-api-key"), QByteArray("sk-ant-test-key"));
        QCOMPARE(sent.json["requests"].size(), 1u);
        QCOMPARE(sent.json["requests"][0]["custom_id"], json(submitted.runId.toStdString()));
        QCOMPARE(sent.json["requests"][0]["params"]["model"], json("claude-haiku-4-5"));
        QVERIFY(sent.json["requests"][0]["params"]["tools"].size() >= 3);
        // Recorded as waiting: the prompt kept, nothing done, no lock held.
        QCOMPARE(s().select(u"SELECT status, finished_at IS NULL, length(system_prompt) > 100, status_reason "
                            "FROM mentats_runs WHERE id = ?::uuid"_s,
                            {submitted.runId})
                     .rows.front(),
                 (QVariantList{u"running"_s, true, true, submitted.reason}));
        QCOMPARE(s().scalar(u"SELECT state || ' ' || batch_id FROM mentats_run_batches WHERE run_id = ?::uuid"_s,
                            {submitted.runId})
                     .toString(),
                 u"pending "_s + submitted.batchId);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), 0);
        QVERIFY(lockIsFree());

        // The next night's slot finds the batch still pending: no second batch.
        m_clock->advanceSecs(24 * 3600);
        const RunResult next = runAt(kSlot.addDays(1));
        QCOMPARE(next.status, RunStatus::Skipped);
        QVERIFY2(next.reason.contains(u"has not been collected yet"_s), qPrintable(next.reason));
        QCOMPARE(m_server->batches().size(), 1);

        // First poll: still in progress.
        QList<BatchCheck> checks = collect();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.front().outcome, BatchCheck::Outcome::Waiting);
        QCOMPARE(checks.front().processingStatus, u"in_progress"_s);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), 0);

        // Second poll: ended, collected.
        checks = collect();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.front().outcome, BatchCheck::Outcome::Collected);
        const RunResult &done = checks.front().run;
        QCOMPARE(done.status, RunStatus::Completed);
        QCOMPARE(done.executed, 1);
        QCOMPARE(done.runId, submitted.runId);
        QCOMPARE(count(u"SELECT count(*) FROM ai_memory WHERE content = 'Fridays run late at every location.'"_s), 1);
        const SqlRows actions = s().select(u"SELECT tool_name, executed, reasoning, run_id::text FROM ai_actions"_s);
        QCOMPARE(actions.rows.size(), 1u);
        QCOMPARE(actions.rows.front(),
                 (QVariantList{u"write_memory"_s, true, u"Lateness doubles on Fridays."_s, submitted.runId}));
        // Priced at the batch tier: exactly half of what the same tokens cost through the Messages API.
        // Haiku 4.5: 2000 × $1/M + 100 × $5/M = $0.0025 standard.
        LlmUsage standard{2000, 100, 0, 0, 0, {}};
        QCOMPARE(PriceTable::load().cost(u"anthropic"_s, u"claude-haiku-4-5"_s, standard)->exactDollars(), u"0.0025"_s);
        QVERIFY(done.cost);
        QCOMPARE(done.cost->exactDollars(), u"0.00125"_s);
        QCOMPARE(s().select(u"SELECT status, finished_at IS NOT NULL, service_tier, cost_usd::text, input_tokens, "
                            "output_tokens, jsonb_array_length(rounds) FROM mentats_runs WHERE id = ?::uuid"_s,
                            {submitted.runId})
                     .rows.front(),
                 (QVariantList{u"completed"_s, true, u"batch"_s, u"0.001250000000000"_s, 2000, 100, 2}));
        QCOMPARE(
            s().scalar(u"SELECT state FROM mentats_run_batches WHERE run_id = ?::uuid"_s, {submitted.runId}).toString(),
            u"collected"_s);
        QVERIFY(lockIsFree());
        QVERIFY(collect().isEmpty()); // nothing left to check

        // And the following night submits again.
        m_clock->advanceSecs(24 * 3600);
        QCOMPARE(runAt(kSlot.addDays(2)).status, RunStatus::Waiting);
        QCOMPARE(m_server->batches().size(), 2);
    }

    void failsTheRunForAResultWithoutAnAnswer_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << u"expired"_s
                                 << u"Anthropic let batch %1 expire before answering it (a batch has 24 hours); no "
                                    "tool calls were applied."_s;
        QTest::newRow("errored") << u"errored"_s
                                 << u"Anthropic could not answer the request in batch %1 (invalid_request_error: "
                                    "messages: at least one message is required); no tool calls were applied."_s;
        QTest::newRow("canceled") << u"canceled"_s
                                  << u"Batch %1 was canceled before Anthropic answered it; no tool calls were "
                                     "applied."_s;
    }

    void failsTheRunForAResultWithoutAnAnswer()
    {
        QFETCH(QString, type);
        QFETCH(QString, reason);
        m_server->scriptBatch({.resultType = type, .message = memoryCall()});
        const RunResult submitted = runAt(kSlot);
        QCOMPARE(submitted.status, RunStatus::Waiting);
        const QList<BatchCheck> checks = collect();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.front().outcome, BatchCheck::Outcome::Collected);
        QCOMPARE(checks.front().run.status, RunStatus::Failed);
        QCOMPARE(checks.front().run.reason, reason.arg(submitted.batchId));
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE id = ?::uuid"_s,
                            {submitted.runId})
                     .toString(),
                 u"failed: "_s + reason.arg(submitted.batchId));
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM ai_memory"_s), 0);
        QCOMPARE(s().scalar(u"SELECT state FROM mentats_run_batches"_s).toString(), u"failed"_s);
        QVERIFY(lockIsFree());
        m_clock->advanceSecs(24 * 3600);
        QCOMPARE(runAt(kSlot.addDays(1)).status, RunStatus::Waiting); // the state was released
    }

    void givesUpOnABatchThatNeverEnds()
    {
        m_server->scriptBatch({.pendingPolls = 1000});
        const RunResult submitted = runAt(kSlot);
        m_clock->advanceSecs(24 * 3600);
        QCOMPARE(collect().front().outcome, BatchCheck::Outcome::Waiting); // 24 h: the API's own limit, not ours
        m_clock->advanceSecs(3600 + 60);
        const QList<BatchCheck> checks = collect();
        QCOMPARE(checks.front().run.status, RunStatus::Failed);
        QCOMPARE(checks.front().run.reason,
                 u"Anthropic had not answered batch %1 after 25 hours, so Mentats gave up on it; no tool calls were "
                 "applied."_s.arg(submitted.batchId));
        QCOMPARE(m_server->requests().last().path, "/v1/messages/batches/"_ba + submitted.batchId.toUtf8() + "/cancel");
        QVERIFY(m_server->batches().front().canceled);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_runs WHERE id = ?::uuid"_s, {submitted.runId}).toString(),
                 u"failed"_s);
    }

    void keepsTheBatchWhenItCannotBeReadAndFailsWhenItIsGone()
    {
        m_server->scriptBatch({.message = memoryCall()});
        const RunResult submitted = runAt(kSlot);
        m_server->enqueueBatchReply(FakeLlmServer::Reply::json(
            FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s), 401));
        BatchCheck check = collect().front();
        QCOMPARE(check.outcome, BatchCheck::Outcome::Deferred);
        QCOMPARE(check.problem, u"The Anthropic API key was rejected (401). Check the key in Agent settings."_s);
        QCOMPARE(
            s().scalar(u"SELECT state || ' ' || polls || ' ' || last_problem FROM mentats_run_batches"_s).toString(),
            u"pending 1 "_s + check.problem);
        QVERIFY(!check.problem.contains(u"sk-ant-test-key"_s));

        m_server->enqueueBatchReply(
            FakeLlmServer::Reply::json(FakeLlmServer::anthropicError(404, u"not_found_error"_s, u"Not found"_s), 404));
        check = collect().front();
        QCOMPARE(check.run.status, RunStatus::Failed);
        QCOMPARE(check.run.reason, u"Anthropic does not know the batch %1 (404): it may have been deleted, or belong "
                                   "to another workspace's key. No tool calls were applied."_s.arg(submitted.batchId));
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), 0);
    }

    void anotherSchedulerCollectsWhatTheFirstSubmitted()
    {
        m_server->scriptBatch({.pendingPolls = 0, .message = memoryCall()});
        Scheduler::Options options;
        options.agents = {Agent::RevenueOptimizer};
        options.apiKey = [](Agent, const QString &) { return u"sk-ant-test-key"_s; };
        {
            Scheduler first(m_db->settings(), m_clock, options);
            const TickReport report = Wait::forTask(first.tick());
            QCOMPARE(report.runs.size(), 1);
            QCOMPARE(report.runs.front().result.status, RunStatus::Waiting);
            QVERIFY(report.batches.isEmpty()); // nothing was pending before this pass
        }
        QCOMPARE(m_server->batches().size(), 1);
        // Its interrupted-run sweep leaves a waiting run alone.
        m_clock->advanceSecs(3600);
        Scheduler second(m_db->settings(), m_clock, options);
        const TickReport report = Wait::forTask(second.tick());
        QCOMPARE(report.interruptedRuns, 0);
        QCOMPARE(report.batches.size(), 1);
        QCOMPARE(report.batches.front().run.status, RunStatus::Completed);
        QCOMPARE(report.batches.front().run.executed, 1);
        QCOMPARE(count(u"SELECT count(*) FROM ai_memory"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM mentats_runs WHERE status = 'completed' AND service_tier = 'batch'"_s),
                 1);
    }

    void honoursTheAgentsDryRunWhenCollecting()
    {
        s().exec(u"UPDATE ai_config SET dry_run_mode = true WHERE agent = 'revenue_optimizer'"_s);
        m_server->scriptBatch({.message = memoryCall()});
        QCOMPARE(runAt(kSlot).status, RunStatus::Waiting);
        const BatchCheck check = collect().front();
        QCOMPARE(check.run.status, RunStatus::Completed);
        QCOMPARE(check.run.executed, 0);
        QCOMPARE(count(u"SELECT count(*) FROM ai_memory"_s), 0);
        QCOMPARE(s().scalar(u"SELECT execution_result ->> 'status' FROM ai_actions"_s).toString(), u"dry_run"_s);
    }

    void asksTheMessagesApiWhenBatchesAreOffOrTheRunIsManual()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Nothing to add tonight."_s)));
        const RunResult manual = runAt({}, RunClaim::Trigger::Manual);
        QCOMPARE(manual.status, RunStatus::Completed);
        s().exec(u"UPDATE mentats_agent_settings SET use_batch = false"_s);
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Nothing to add tonight."_s)));
        const RunResult scheduled = runAt(kSlot);
        QCOMPARE(scheduled.status, RunStatus::Completed);
        QVERIFY(scheduled.batchId.isEmpty());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests()[0].path, QByteArray("/v1/messages"));
        QCOMPARE(m_server->requests()[1].path, QByteArray("/v1/messages"));
        QVERIFY(m_server->batches().isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM mentats_run_batches"_s), 0);
    }

    void validatesTheSetting()
    {
        AgentSettings settings = AgentSettingsStore::load(s(), Agent::RevenueOptimizer);
        QVERIFY(settings.useBatch);
        settings.provider = u"openai"_s;
        QCOMPARE(AgentSettingsStore::validate(settings).front().field, u"useBatch"_s);
        AgentSettings officeManager = AgentSettingsStore::load(s(), Agent::OfficeManager);
        QVERIFY(!officeManager.useBatch); // off by default
        officeManager.useBatch = true;
        officeManager.provider = u"anthropic"_s;
        QVERIFY(AgentSettingsStore::validate(officeManager)
                    .contains(FieldProblem{
                        u"useBatch"_s, u"Only the Revenue Optimizer's nightly run can go through Message Batches."_s}));
        settings.provider = u"anthropic"_s;
        settings.useBatch = false;
        const QString maria = s().scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES "
                                         "('m@x', 'maria', 'x', 'Maria', 'admin') RETURNING id"_s)
                                  .toString();
        AgentSettingsStore::save(s(), settings, maria);
        QVERIFY(!AgentSettingsStore::load(s(), Agent::RevenueOptimizer).useBatch);
        QCOMPARE(s().scalar(u"SELECT after_data ->> 'useBatch' FROM audit_logs WHERE action = 'ai_config.update'"_s)
                     .toString(),
                 u"false"_s);
    }
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
