// Whole runs against a real database: the offline provider and a fake Anthropic server over real HTTP. Skips are
// recorded with their reason and cost nothing; tool calls go through every control; the run record is complete.
#include "db/database.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "runs/runbudget.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), kPacific).toUTC();
} // namespace

class TestAgentRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_ana;
    std::shared_ptr<FixedClock> m_clock;

    SqlSession &s() { return m_db->session(); }
    RunResult run(RunOptions options)
    {
        AgentRunner runner(m_db->settings(), m_clock);
        return Wait::forTask(runner.run(std::move(options)));
    }
    static RunOptions withRules(RunClaim::Trigger trigger = RunClaim::Trigger::Manual)
    {
        RunOptions options;
        options.trigger = trigger;
        options.provider = std::make_shared<RulesProvider>();
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
        m_clock = std::make_shared<FixedClock>(kNow);
        m_ana =
            s().scalar(
                   u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id"_s)
                .toString();
        // Ana's shift started 25 minutes ago and she has not clocked in.
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                 {m_ana, SqlSession::timestamp(kNow.addSecs(-25 * 60)), SqlSession::timestamp(kNow.addSecs(7 * 3600))});
    }

    void runsOfflineEndToEnd()
    {
        const RunResult result = run(withRules());
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(result.executed, 1);
        QCOMPARE(result.provider, u"rules (offline)"_s);
        QVERIFY(result.cost && result.cost->femtodollars() == 0);
        QCOMPARE(
            s().scalar(
                   u"SELECT count(*) FROM messages WHERE content LIKE 'Hi Ana, your shift started 25 minutes ago%'"_s)
                .toInt(),
            1);
        const SqlRows record =
            s().select(u"SELECT status, trigger, provider, dry_run, system_prompt LIKE '%Decision framework%', "
                       "user_message LIKE '%Ana Ruiz [user%', jsonb_array_length(rounds), finished_at IS NOT NULL, "
                       "jsonb_path_query_array(tools, '$[*].name')::text, host IS NOT NULL "
                       "FROM mentats_runs WHERE id = ?::uuid"_s,
                       {result.runId});
        QCOMPARE(record.rows.front(),
                 (QVariantList{u"completed"_s, u"manual"_s, u"rules (offline)"_s, false, true, true, 2, true,
                               u"[\"send_direct_message\", \"send_notification\", \"create_task\", "
                               "\"flag_for_manager\"]"_s,
                               true}));
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions WHERE run_id = ?::uuid AND executed"_s, {result.runId})
                     .toInt(),
                 1);
    }

    void skipsAQuietStoreWithoutCallingTheModel()
    {
        s().exec(u"INSERT INTO time_entries (user_id, clock_in) VALUES (?, ?)"_s,
                 {m_ana, SqlSession::timestamp(kNow.addSecs(-60))});
        FakeLlmServer server; // would answer 500 "no scripted reply" if anyone called it
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult result = run(options);
        QCOMPARE(result.status, RunStatus::Skipped);
        QCOMPARE(result.reason, u"nothing needs attention"_s);
        QVERIFY(server.requests().isEmpty());
        QCOMPARE(s().scalar(u"SELECT status_reason FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId}).toString(),
                 u"nothing needs attention"_s);
    }

    void honoursTheKillSwitchButDryRunsStillWork()
    {
        s().exec(u"UPDATE ai_config SET enabled = false"_s);
        const RunResult refused = run(withRules());
        QCOMPARE(refused.status, RunStatus::Skipped);
        QCOMPARE(refused.reason, u"the Office Manager is disabled (kill switch); a dry run still works"_s);
        RunOptions dry = withRules(RunClaim::Trigger::DryRun);
        const RunResult tried = run(dry);
        QCOMPARE(tried.status, RunStatus::Completed);
        QCOMPARE(tried.executed, 0);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0);
        QCOMPARE(
            s().scalar(u"SELECT execution_result ->> 'status' FROM ai_actions WHERE run_id = ?::uuid"_s, {tried.runId})
                .toString(),
            u"dry_run"_s);
    }

    void theKillSwitchStopsScheduledRunsInDryRunModeToo()
    {
        // Switched off with dry-run mode left on (as migrations leave a fresh install): the schedule must not keep
        // calling the model; only a dry run someone asks for goes ahead.
        s().exec(u"UPDATE ai_config SET enabled = false, dry_run_mode = true"_s);
        RunOptions slot = withRules(RunClaim::Trigger::Schedule);
        slot.scheduledSlot = kNow.addSecs(-15 * 60);
        const RunResult scheduled = run(slot);
        QCOMPARE(scheduled.status, RunStatus::Skipped);
        QCOMPARE(scheduled.reason, u"the Office Manager is disabled (kill switch); a dry run still works"_s);
        RunOptions asked = withRules(RunClaim::Trigger::Manual);
        asked.dryRun = true;
        const RunResult tried = run(asked);
        QCOMPARE(tried.status, RunStatus::Completed);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions WHERE run_id = ?::uuid"_s, {scheduled.runId}).toInt(), 0);
    }

    void talksToAModelInRoundsAndCountsItsCost()
    {
        FakeLlmServer server;
        json first = FakeLlmServer::anthropicToolUse(
            u"toolu_1"_s, u"send_direct_message"_s,
            {{"toUserId", m_ana.toStdString()}, {"message", "Hi Ana, your shift started at 10:05. All OK?"}},
            u"Ana is late."_s);
        first["usage"] = {{"input_tokens", 1200},
                          {"output_tokens", 80},
                          {"cache_read_input_tokens", 3000},
                          {"cache_creation_input_tokens", 0}};
        server.enqueue(FakeLlmServer::Reply::json(first));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Checked in with Ana."_s, 1400, 20)));
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult result = run(options);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(result.executed, 1);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].json["messages"][2]["content"][0]["type"], json("tool_result"));
        QCOMPARE(result.usage.inputTokens, 2600);
        QCOMPARE(result.usage.cacheReadTokens, 3000);
        // Haiku 4.5 per million tokens: $1 in, $5 out, $0.10 cache read. 2600 × $1 + 100 × $5 + 3000 × $0.10
        // = $0.0026 + $0.0005 + $0.0003, kept exactly.
        QVERIFY(result.cost);
        QCOMPARE(result.cost->exactDollars(), u"0.0034"_s);
        QCOMPARE(s().scalar(u"SELECT cost_usd::text FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId}).toString(),
                 u"0.003400000000000"_s);
    }

    void reportsAFailedCallAndLetsTheNextRunGo()
    {
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s), 401));
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult failed = run(options);
        QCOMPARE(failed.status, RunStatus::Failed);
        QCOMPARE(failed.reason, u"The Anthropic API key was rejected (401). Check the key in Agent settings."_s);
        QCOMPARE(
            s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE id = ?::uuid"_s, {failed.runId})
                .toString(),
            u"failed: "_s + failed.reason);
        QCOMPARE(run(withRules()).status, RunStatus::Completed); // the lock was released
    }

    void cancelsMidCallLeavingOnlyTheRecord()
    {
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::hang());
        RunOptions options;
        options.trigger = RunClaim::Trigger::DryRun;
        options.requestedBy = u"maria@store.example"_s;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        options.control.cancellation = std::make_shared<LlmCancellation>();
        connect(&server, &FakeLlmServer::requestReceived, options.control.cancellation.get(), &LlmCancellation::cancel);
        QList<int> phases;
        options.control.progress = [&phases](const RunControl::Progress &p) { phases << int(p.phase); };
        const RunResult result = run(options);
        QCOMPARE(result.status, RunStatus::Failed);
        QVERIFY(result.cancelled);
        QCOMPARE(result.reason, u"Cancelled by maria@store.example"_s);
        using Phase = RunControl::Progress::Phase;
        QCOMPARE(phases, (QList<int>{int(Phase::AssemblingContext), int(Phase::AskingModel), int(Phase::Recording)}));
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason || ' ' || (rounds -> -1)::text FROM mentats_runs "
                            "WHERE id = ?::uuid"_s,
                            {result.runId})
                     .toString(),
                 u"failed: Cancelled by maria@store.example {\"cancelled\": true}"_s);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions"_s).toInt(), 0);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0);
        QCOMPARE(run(withRules()).status, RunStatus::Completed); // the lock was released
    }

    void runsEachScheduledSlotOnce()
    {
        const QDateTime slot = kNow.addSecs(-15 * 60);
        RunOptions scheduled = withRules(RunClaim::Trigger::Schedule);
        scheduled.scheduledSlot = slot;
        QCOMPARE(run(scheduled).status, RunStatus::Completed);
        const RunResult again = run(scheduled);
        QCOMPARE(again.status, RunStatus::Skipped);
        QCOMPARE(again.reason, u"this slot already ran on another machine"_s);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM mentats_runs WHERE scheduled_slot IS NOT NULL"_s).toInt(), 1);
    }

    void stopsWhenTheKillSwitchIsFlippedMidRun()
    {
        const QString bo =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('b@x', 'bo', 'x', 'Bo Lind') "
                       "RETURNING id"_s)
                .toString();
        const auto message = [](const QString &to, const char *text) {
            return json{{"toUserId", to.toStdString()}, {"message", text}};
        };
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicToolUse(
            u"toolu_1"_s, u"send_direct_message"_s, message(m_ana, "Hi Ana, your shift started at 10:05. All OK?"),
            u"Ana is late."_s)));
        // The second answer takes a while; the manager turns the agent off meanwhile. It asks for two more messages.
        json second = FakeLlmServer::anthropicToolUse(
            u"toolu_2"_s, u"create_task"_s, {{"assigneeId", m_ana.toStdString()}, {"title", "Call the office"}});
        second["content"].push_back({{"type", "tool_use"},
                                     {"id", "toolu_3"},
                                     {"name", "send_direct_message"},
                                     {"input", message(bo, "Hi Bo, could you cover the till until Ana arrives?")}});
        server.enqueue(FakeLlmServer::Reply::delayed(second, 600));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Done."_s, 10, 2)));
        // Turned off once the model is asked the second time: the first round's message has gone out by then,
        // whatever the machine's load (a fixed 250 ms timer lost that race under load).
        connect(&server, &FakeLlmServer::requestReceived, this, [this](int index) {
            if (index == 1)
                s().exec(u"UPDATE ai_config SET enabled = false"_s);
        });

        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult result = run(options);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(result.reason, u"stopped: the kill switch was turned off during the run"_s);
        QCOMPARE(result.executed, 1);          // the message before the switch
        QCOMPARE(result.blocked, 2);           // both calls after it
        QCOMPARE(server.requests().size(), 2); // and no third round
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions WHERE run_id = ?::uuid AND blocked_reason LIKE "
                            "'Not done: kill switch%'"_s,
                            {result.runId})
                     .toInt(),
                 2);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 1);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM tasks"_s).toInt(), 0);
        QCOMPARE(s().scalar(u"SELECT status_reason FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId}).toString(),
                 result.reason);
    }

    void skipsOnceTheDailyBudgetIsSpent()
    {
        RunBudget::setCap(s(), Agent::OfficeManager, 0.50, u"test"_s);
        // Yesterday evening's expensive run is yesterday's; this morning's two count.
        const auto spent = [this](const QDateTime &at, const char *cost) {
            s().exec(u"INSERT INTO mentats_runs (agent, trigger, status, cost_usd, started_at) "
                     "VALUES ('office_manager', 'manual', 'completed', ?::numeric, ?::timestamptz)"_s,
                     {QString::fromLatin1(cost), SqlSession::timestamp(at)});
        };
        spent(QDateTime(QDate(2026, 11, 23), QTime(23, 50), kPacific), "9.00");
        spent(QDateTime(QDate(2026, 11, 24), QTime(0, 10), kPacific), "0.30");
        QCOMPARE(run(withRules()).status, RunStatus::Completed); // $0.30 of $0.50
        spent(QDateTime(QDate(2026, 11, 24), QTime(9, 0), kPacific), "0.32");
        const RunResult skipped = run(withRules());
        QCOMPARE(skipped.status, RunStatus::Skipped);
        QCOMPARE(skipped.reason, u"daily budget reached: $0.62 of $0.50 spent today"_s);
        RunBudget::setCap(s(), Agent::OfficeManager, std::nullopt, u"test"_s);
        QVERIFY(!RunBudget::today(s(), Agent::OfficeManager, BusinessCalendar(kPacific, m_clock)).capUsd);
        QCOMPARE(run(withRules()).status, RunStatus::Completed);
    }
};

QTEST_GUILESS_MAIN(TestAgentRunner)
#include "tst_agentrunner.moc"
