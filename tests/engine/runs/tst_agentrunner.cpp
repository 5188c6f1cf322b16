// Whole runs against a real database: the offline provider and a fake Anthropic server over real HTTP. Skips are
// recorded with their reason and cost nothing; tool calls go through every control; the run record is complete.
#include "db/database.h"
#include "fakellmserver.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

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
        m_ana = s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id"_s).toString();
        // Ana's shift started 25 minutes ago and she has not clocked in.
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                 {m_ana, SqlSession::timestamp(kNow.addSecs(-25 * 60)), SqlSession::timestamp(kNow.addSecs(7 * 3600))});
    }

    void runsOfflineEndToEnd()
    {
        const RunResult result = run(withRules());
        QCOMPARE(result.status, u"completed"_s);
        QCOMPARE(result.executed, 1);
        QCOMPARE(result.provider, u"rules (offline)"_s);
        QVERIFY(result.cost && result.cost->femtodollars() == 0);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages WHERE content LIKE 'Hi Ana, your shift started 25 minutes ago%'"_s).toInt(), 1);
        const SqlRows record = s().select(u"SELECT status, trigger, provider, dry_run, system_prompt LIKE '%Decision framework%', "
                                          "user_message LIKE '%Ana Ruiz [user%', jsonb_array_length(rounds), finished_at IS NOT NULL "
                                          "FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId});
        QCOMPARE(record.rows.front(), (QVariantList{u"completed"_s, u"manual"_s, u"rules (offline)"_s, false, true, true, 2, true}));
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions WHERE run_id = ?::uuid AND executed"_s, {result.runId}).toInt(), 1);
    }

    void skipsAQuietStoreWithoutCallingTheModel()
    {
        s().exec(u"INSERT INTO time_entries (user_id, clock_in) VALUES (?, ?)"_s, {m_ana, SqlSession::timestamp(kNow.addSecs(-60))});
        FakeLlmServer server; // would answer 500 "no scripted reply" if anyone called it
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult result = run(options);
        QCOMPARE(result.status, u"skipped"_s);
        QCOMPARE(result.reason, u"nothing needs attention"_s);
        QVERIFY(server.requests().isEmpty());
        QCOMPARE(s().scalar(u"SELECT status_reason FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId}).toString(),
                 u"nothing needs attention"_s);
    }

    void honoursTheKillSwitchButDryRunsStillWork()
    {
        s().exec(u"UPDATE ai_config SET enabled = false"_s);
        const RunResult refused = run(withRules());
        QCOMPARE(refused.status, u"skipped"_s);
        QCOMPARE(refused.reason, u"the Office Manager is disabled (kill switch); a dry run still works"_s);
        RunOptions dry = withRules(RunClaim::Trigger::DryRun);
        const RunResult tried = run(dry);
        QCOMPARE(tried.status, u"completed"_s);
        QCOMPARE(tried.executed, 0);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0);
        QCOMPARE(s().scalar(u"SELECT execution_result ->> 'status' FROM ai_actions WHERE run_id = ?::uuid"_s, {tried.runId}).toString(),
                 u"dry_run"_s);
    }

    void talksToAModelInRoundsAndCountsItsCost()
    {
        FakeLlmServer server;
        json first = FakeLlmServer::anthropicToolUse(u"toolu_1"_s, u"send_direct_message"_s,
                                                     {{"toUserId", m_ana.toStdString()}, {"message", "Hi Ana, your shift started at 10:05. All OK?"}},
                                                     u"Ana is late."_s);
        first["usage"] = {{"input_tokens", 1200}, {"output_tokens", 80}, {"cache_read_input_tokens", 3000}, {"cache_creation_input_tokens", 0}};
        server.enqueue(FakeLlmServer::Reply::json(first));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Checked in with Ana."_s, 1400, 20)));
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult result = run(options);
        QCOMPARE(result.status, u"completed"_s);
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
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s), 401));
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult failed = run(options);
        QCOMPARE(failed.status, u"failed"_s);
        QCOMPARE(failed.reason, u"The Anthropic API key was rejected (401). Check the key in Agent settings."_s);
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE id = ?::uuid"_s, {failed.runId}).toString(),
                 u"failed: "_s + failed.reason);
        QCOMPARE(run(withRules()).status, u"completed"_s); // the lock was released
    }

    void runsEachScheduledSlotOnce()
    {
        const QDateTime slot = kNow.addSecs(-15 * 60);
        RunOptions scheduled = withRules(RunClaim::Trigger::Schedule);
        scheduled.scheduledSlot = slot;
        QCOMPARE(run(scheduled).status, u"completed"_s);
        const RunResult again = run(scheduled);
        QCOMPARE(again.status, u"skipped"_s);
        QCOMPARE(again.reason, u"this slot already ran on another machine"_s);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM mentats_runs WHERE scheduled_slot IS NOT NULL"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgentRunner)
#include "tst_agentrunner.moc"
