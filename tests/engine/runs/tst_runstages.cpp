// The stages of a run, each on its own against a real database: preparing decides whether the run goes ahead (and
// says why not), asking picks who answers and what they are asked, recording leaves the record and the lock free.
#include "fixedclock.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "runs/runask.h"
#include "runs/runpreparation.h"
#include "runs/runrecorder.h"
#include "testdatabase.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), kPacific).toUTC();
} // namespace

class TestRunStages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock;

    SqlSession &s() { return m_db->session(); }
    PreparedRun prepare(const RunOptions &options = {}) { return RunPreparation::prepare(s(), options, m_clock); }
    int advisoryLocksHeld()
    {
        return s()
            .scalar(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND pid = pg_backend_pid()"_s)
            .toInt();
    }
    // What any stage leaves when the run ends here: its record, and its lock released.
    void end(const PreparedRun &p, RunStatus status)
    {
        RunResult result;
        result.status = status;
        result.reason = p.reason;
        RunRecorder::recordEnded(s(), p, RunRecorder::recordOf(p, result, nlohmann::json::array()), m_clock->nowUtc());
    }
    void anaIsLate()
    {
        const QString ana =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') "
                       "RETURNING id"_s)
                .toString();
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                 {ana, SqlSession::timestamp(kNow.addSecs(-25 * 60)), SqlSession::timestamp(kNow.addSecs(7 * 3600))});
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
        m_clock = std::make_shared<FixedClock>(kNow);
    }

    void prepareIsReadyWithTheContextAndThePrompt()
    {
        anaIsLate();
        const PreparedRun p = prepare();
        QVERIFY2(p.isReady(), qPrintable(p.reason));
        QVERIFY(p.claimed && p.locked);
        QVERIFY(!p.dryRun);
        QCOMPARE(p.config.model, u"claude-haiku-4-5"_s);
        QCOMPARE(p.startedAt, kNow);
        QVERIFY(p.context.attentionTotal() > 0);
        QVERIFY(p.prompt.userMessage.contains(u"Ana Ruiz"_s));
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_runs WHERE id = ?::uuid"_s, {p.runId}).toString(),
                 u"running"_s);
        QCOMPARE(advisoryLocksHeld(), 1);
        end(p, RunStatus::Failed);
        QCOMPARE(advisoryLocksHeld(), 0);
    }

    void prepareSkipsOnTheKillSwitchButNotADryRun()
    {
        anaIsLate();
        s().exec(u"UPDATE ai_config SET enabled = false"_s);
        const PreparedRun refused = prepare();
        QCOMPARE(refused.verdict, PreparedRun::Verdict::Skip);
        QCOMPARE(refused.reason, u"the Office Manager is disabled (kill switch); a dry run still works"_s);
        QVERIFY(refused.claimed && refused.locked);
        QVERIFY(refused.prompt.userMessage.isEmpty()); // the context was never assembled
        end(refused, RunStatus::Skipped);
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE id = ?::uuid"_s,
                            {refused.runId})
                     .toString(),
                 u"skipped: "_s + refused.reason);
        QCOMPARE(advisoryLocksHeld(), 0);

        RunOptions dry;
        dry.trigger = RunClaim::Trigger::DryRun;
        const PreparedRun tried = prepare(dry);
        QVERIFY2(tried.isReady(), qPrintable(tried.reason));
        QVERIFY(tried.dryRun);
        end(tried, RunStatus::Failed);
    }

    void prepareSkipsWhenNothingNeedsAttention()
    {
        const PreparedRun quiet = prepare();
        QCOMPARE(quiet.verdict, PreparedRun::Verdict::Skip);
        QCOMPARE(quiet.reason, u"nothing needs attention"_s);
        QCOMPARE(quiet.context.attentionTotal(), 0);
        end(quiet, RunStatus::Skipped);

        RunOptions anyway;
        anyway.callEvenIfQuiet = true;
        const PreparedRun asked = prepare(anyway);
        QVERIFY2(asked.isReady(), qPrintable(asked.reason));
        QVERIFY(!asked.prompt.userMessage.isEmpty());
        end(asked, RunStatus::Failed);
    }

    void prepareSkipsASlotAlreadyClaimedWithoutTakingAnything()
    {
        anaIsLate();
        RunOptions slot;
        slot.trigger = RunClaim::Trigger::Schedule;
        slot.scheduledSlot = kNow.addSecs(-15 * 60);
        const PreparedRun first = prepare(slot);
        QVERIFY(first.isReady());
        end(first, RunStatus::Completed);
        const PreparedRun again = prepare(slot);
        QCOMPARE(again.verdict, PreparedRun::Verdict::Skip);
        QCOMPARE(again.reason, u"this slot already ran on another machine"_s);
        QVERIFY(!again.claimed && !again.locked);
        end(again, RunStatus::Skipped);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM mentats_runs"_s).toInt(), 1);
    }

    void askUsesTheCallersProviderOrTheConfiguredOne()
    {
        AgentSettings config;
        config.provider = u"rules"_s;
        config.model = u"claude-haiku-4-5"_s;
        RunOptions options;
        const RunAsk::Answerer configured = RunAsk::choose(options, config, nullptr);
        QCOMPARE(configured.provider->id(), u"rules"_s);
        QCOMPARE(configured.model, u"claude-haiku-4-5"_s);
        QVERIFY(configured.notice.isEmpty());

        options.provider = std::make_shared<RulesProvider>();
        options.model = u"gpt-4.1-mini"_s;
        const RunAsk::Answerer given = RunAsk::choose(options, config, nullptr);
        QCOMPARE(given.provider, options.provider);
        QCOMPARE(given.model, u"gpt-4.1-mini"_s);
    }

    void askWatchesTheKillSwitchOnlyInLiveRuns()
    {
        anaIsLate();
        const PreparedRun live = prepare();
        const ToolExecutor executor(ToolRegistry::all());
        const ModelConversation::Setup setup = RunAsk::conversation(live, RunOptions{}, executor, u"m"_s);
        QVERIFY(setup.watchKillSwitch);
        QCOMPARE(setup.request.model, u"m"_s);
        QCOMPARE(setup.request.messages.size(), 1);
        QCOMPARE(setup.request.tools.size(), executor.specsFor(Agent::OfficeManager).size());
        QCOMPARE(setup.toolContext.runId, live.runId);
        QVERIFY(!setup.toolContext.dryRun);
        end(live, RunStatus::Failed);

        RunOptions dry;
        dry.dryRun = true;
        const PreparedRun tried = prepare(dry);
        QVERIFY(!RunAsk::conversation(tried, dry, executor, u"m"_s).watchKillSwitch);
        end(tried, RunStatus::Failed);
    }

    void recordWritesTheRecordAndTheObservation()
    {
        anaIsLate();
        const PreparedRun p = prepare();
        QVERIFY(p.isReady());
        RunResult result;
        result.status = RunStatus::Completed;
        result.provider = u"rules (offline)"_s;
        result.model = u"claude-haiku-4-5"_s;
        result.usage.inputTokens = 1500;
        result.usage.outputTokens = 40;
        result.cost = Cost{};
        ModelConversation::Outcome talked;
        talked.lastText = u"All quiet: Ana has been asked already."_s;
        talked.rounds = nlohmann::json::array({{{"round", 1}}});
        RunRecorder::recordAnswered(s(), p, result, talked, nlohmann::json::array(), m_clock->nowUtc());
        const SqlRows record = s().select(u"SELECT status, provider, model, input_tokens, system_prompt <> '', "
                                          "user_message LIKE '%Ana Ruiz%', jsonb_array_length(rounds), "
                                          "finished_at IS NOT NULL FROM mentats_runs WHERE id = ?::uuid"_s,
                                          {p.runId});
        QCOMPARE(record.rows.front(), (QVariantList{u"completed"_s, u"rules (offline)"_s, u"claude-haiku-4-5"_s, 1500,
                                                    true, true, 1, true}));
        const SqlRows observation =
            s().select(u"SELECT reasoning, tool_name IS NULL, executed, tokens_used, "
                       "run_started_at = ?::timestamptz FROM ai_actions WHERE run_id = ?::uuid"_s,
                       {SqlSession::timestamp(kNow), p.runId});
        QCOMPARE(observation.rows.size(), 1);
        QCOMPARE(observation.rows.front(), (QVariantList{talked.lastText, true, false, 1540, true}));
        QCOMPARE(advisoryLocksHeld(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunStages)
#include "tst_runstages.moc"
