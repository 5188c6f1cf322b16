// Replaying a recorded run against another model or instruction version, on a real database and over real HTTP to
// a fake model server: the replay is a dry run of its own linked to the original, sends exactly the recorded prompt
// (or the chosen instructions in it), writes nothing staff-facing, can be cancelled mid-call, refuses runs it cannot
// replay; and the comparison pairs the two runs' calls.
#include "config/instructionversions.h"
#include "db/dberror.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "runs/recordedrun.h"
#include "runs/runcomparison.h"
#include "runs/runreplayer.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Phase = RunControl::Progress::Phase;
using Difference = RunComparison::Difference;

namespace {

const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), kPacific).toUTC();
const QString kManager = u"maria@store.example"_s;

json toolUse(const QString &id, const QString &name, const json &input)
{
    return {{"type", "tool_use"}, {"id", id.toStdString()}, {"name", name.toStdString()}, {"input", input}};
}

// An Anthropic answer: a sentence, then the calls, with the usage given.
json answer(const QString &text, const json &calls, int inputTokens, int outputTokens)
{
    json body = FakeLlmServer::anthropicText(text, inputTokens, outputTokens);
    for (const json &call : calls)
        body["content"].push_back(call);
    body["stop_reason"] = "tool_use";
    return body;
}

RecordedRun::Call call(const QString &tool, const QString &target, const json &parameters)
{
    RecordedRun::Call c;
    c.tool = tool;
    c.targetUserId = target;
    c.parameters = parameters;
    return c;
}

} // namespace

class TestRunReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock;
    QString m_ana;
    QString m_bo;

    SqlSession &s() { return m_db->session(); }

    RunResult run(RunOptions options)
    {
        AgentRunner runner(m_db->settings(), m_clock);
        return Wait::forTask(runner.run(std::move(options)));
    }

    RunResult replay(ReplayOptions options)
    {
        RunReplayer replayer(m_db->settings(), m_clock);
        return Wait::forTask(replayer.replay(std::move(options)));
    }

    // A dry run on the offline rules: the quickest recorded run to replay.
    QString rulesRun()
    {
        RunOptions options;
        options.trigger = RunClaim::Trigger::DryRun;
        options.provider = std::make_shared<RulesProvider>();
        const RunResult result = run(options);
        if (result.status != RunStatus::Completed)
            qFatal("the rules run did not complete: %s", qPrintable(result.reason));
        return result.runId;
    }

    // What a replay must never add to.
    QList<int> staffFacingCounts()
    {
        QList<int> counts;
        for (const QString &table : {u"messages"_s, u"tasks"_s, u"notifications"_s, u"ai_cooldowns"_s,
                                     u"mentats_approvals"_s, u"ai_memory"_s, u"ai_policy_notes"_s})
            counts << s().scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toInt();
        return counts;
    }

    int count(const QString &sql, const QVariantList &params = {}) { return s().scalar(sql, params).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
        m_clock = std::make_shared<FixedClock>(kNow);
        m_ana =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') "
                       "RETURNING id"_s)
                .toString();
        m_bo = s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('b@x', 'bo', 'x', 'Bo Lind') "
                          "RETURNING id"_s)
                   .toString();
        s().exec(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES (?, 'maria', 'x', 'Maria', "
                 "'manager')"_s,
                 {kManager}); // someone to flag things to
        // Ana's shift started 25 minutes ago and she has not clocked in.
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                 {m_ana, SqlSession::timestamp(kNow.addSecs(-25 * 60)), SqlSession::timestamp(kNow.addSecs(7 * 3600))});
    }

    void cleanup() { m_db.reset(); }

    void replaysAgainstAnotherModelWithoutTouchingStaff()
    {
        const json toAna = {{"toUserId", m_ana.toStdString()},
                            {"message", "Hi Ana, your shift started at 10:05. All OK?"}};
        const json task = {{"assigneeId", m_ana.toStdString()}, {"title", "Call the office about today's shift"}};
        const json flag = {{"reason", "Ana has been late three Tuesdays running."}};

        // The original: a live run on Haiku that messaged Ana, gave her a task and flagged her lateness.
        FakeLlmServer haiku;
        haiku.enqueue(FakeLlmServer::Reply::json(
            answer(u"Ana is late and has not answered."_s,
                   {toolUse(u"toolu_1"_s, u"send_direct_message"_s, toAna),
                    toolUse(u"toolu_2"_s, u"create_task"_s, task), toolUse(u"toolu_3"_s, u"flag_for_manager"_s, flag)},
                   1200, 80)));
        haiku.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Checked in with Ana."_s, 1400, 20)));
        RunOptions live;
        live.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{haiku.baseUrl(), u"k"_s});
        const RunResult original = run(live);
        QCOMPARE(original.status, RunStatus::Completed);
        QCOMPARE(original.executed, 3);
        const QList<int> before = staffFacingCounts();
        const int actionsBefore = count(u"SELECT count(*) FROM ai_actions"_s);

        // The replay: Sonnet, chosen by name with a key from the caller, words the message differently, gives the
        // same task, flags nothing and reminds Bo of his shift instead.
        const json toAnaAgain = {{"toUserId", m_ana.toStdString()}, {"message", "Hi Ana, are you on your way?"}};
        const json toBo = {
            {"toUserId", m_bo.toStdString()}, {"kind", "shift_reminder"}, {"title", "Your shift starts at 11:00"}};
        FakeLlmServer sonnet;
        sonnet.enqueue(FakeLlmServer::Reply::json(
            answer(u"Ana is 25 minutes late."_s,
                   {toolUse(u"toolu_a"_s, u"send_direct_message"_s, toAnaAgain),
                    toolUse(u"toolu_b"_s, u"create_task"_s, task), toolUse(u"toolu_c"_s, u"send_notification"_s, toBo)},
                   2000, 100)));
        sonnet.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Sent what was needed."_s, 1000, 50)));
        ReplayOptions options;
        options.runId = original.runId;
        options.provider = u"anthropic"_s;
        options.baseUrl = sonnet.baseUrl().toString();
        options.model = u"claude-sonnet-4-5"_s;
        options.requestedBy = kManager;
        QStringList keysAskedFor;
        options.apiKey = [&keysAskedFor](Agent agent, const QString &provider) {
            keysAskedFor << Agents::id(agent) + u'/' + provider;
            return u"sk-replay"_s;
        };
        QList<RunControl::Progress> progress;
        options.control.progress = [&progress](const RunControl::Progress &p) { progress << p; };
        m_clock->advanceSecs(5 * 60); // a manager replays a few minutes later, still inside Ana's cooldown
        const RunResult replayed = replay(options);

        QCOMPARE(replayed.status, RunStatus::Completed);
        QCOMPARE(replayed.provider, u"Anthropic"_s);
        QCOMPARE(replayed.model, u"claude-sonnet-4-5"_s);
        QCOMPARE(replayed.executed, 0);
        QCOMPARE(keysAskedFor, QStringList{u"office_manager/anthropic"_s});
        QCOMPARE(sonnet.requests().size(), 2);
        QCOMPARE(sonnet.requests()[0].headers.value("x-api-key"), QByteArray("sk-replay"));
        // Sonnet at $3 in and $15 out per million: 3000 × $3 + 150 × $15 = $0.009 + $0.00225.
        QVERIFY(replayed.cost);
        QCOMPARE(replayed.cost->exactDollars(), u"0.01125"_s);
        QCOMPARE(progress.size(), 5);
        QCOMPARE(progress[0].phase, Phase::AssemblingContext);
        QCOMPARE(progress[1].phase, Phase::AskingModel);
        QCOMPARE(progress[1].round, 1);
        QCOMPARE(progress[2].phase, Phase::CheckingToolCalls);
        QCOMPARE(progress[3].phase, Phase::AskingModel);
        QCOMPARE(progress[3].round, 2);
        QCOMPARE(progress[4].phase, Phase::Recording);

        // Exactly the recorded prompt and tools went out.
        const SqlRows recorded =
            s().select(u"SELECT system_prompt, user_message, tools::text FROM mentats_runs WHERE id = ?::uuid"_s,
                       {original.runId});
        const json sent = sonnet.requests()[0].json;
        QCOMPARE(sent["model"], json("claude-sonnet-4-5"));
        QCOMPARE(sent["system"].size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(sent["system"][0]["text"].get<std::string>()), recorded.rows[0][0].toString());
        QCOMPARE(QString::fromStdString(sent["messages"][0]["content"].get<std::string>()),
                 recorded.rows[0][1].toString());
        json names = json::array();
        for (const json &tool : sent["tools"])
            names.push_back(tool["name"]);
        json recordedNames = json::array();
        for (const json &tool : json::parse(recorded.rows[0][2].toString().toStdString()))
            recordedNames.push_back(tool["name"]);
        QCOMPARE(names, recordedNames);

        // A dry run of its own, linked to the original, that wrote nothing staff-facing.
        const SqlRows record = s().select(
            u"SELECT trigger, status, dry_run, replay_of::text, provider, model, requested_by, system_prompt, "
            "user_message, cost_usd::text, finished_at IS NOT NULL FROM mentats_runs WHERE id = ?::uuid"_s,
            {replayed.runId});
        QCOMPARE(record.rows.front(), (QVariantList{u"dry_run"_s, u"completed"_s, true, original.runId, u"Anthropic"_s,
                                                    u"claude-sonnet-4-5"_s, kManager, recorded.rows[0][0],
                                                    recorded.rows[0][1], u"0.011250000000000"_s, true}));
        QCOMPARE(staffFacingCounts(), before);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), actionsBefore + 3);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions WHERE run_id = ?::uuid AND NOT executed "
                       "AND created_task_id IS NULL AND created_message_id IS NULL"_s,
                       {replayed.runId}),
                 3);

        // Side by side.
        const RunComparison c =
            RunComparison::compare(RecordedRun::load(s(), original.runId), RecordedRun::load(s(), replayed.runId));
        QCOMPARE(c.rows.size(), 4);
        QCOMPARE(c.rows[0].difference, Difference::Changed);
        QCOMPARE(c.rows[0].original->tool, u"send_direct_message"_s);
        QCOMPARE(c.rows[0].changedKeys, QStringList{u"message"_s});
        QCOMPARE(c.rows[0].original->status, u"executed"_s);
        // Today's verdict: the live run's message put Ana on a 30-minute cooldown.
        QCOMPARE(c.rows[0].replay->status, u"blocked"_s);
        QVERIFY2(c.rows[0].replay->reason.contains(u"cooldown"_s), qPrintable(c.rows[0].replay->reason));
        QCOMPARE(c.rows[1].difference, Difference::Same);
        QCOMPARE(c.rows[1].replay->tool, u"create_task"_s);
        QCOMPARE(c.rows[2].difference, Difference::Removed);
        QCOMPARE(c.rows[2].original->tool, u"flag_for_manager"_s);
        QVERIFY(!c.rows[2].replay);
        QCOMPARE(c.rows[3].difference, Difference::Added);
        QCOMPARE(c.rows[3].replay->tool, u"send_notification"_s);
        QCOMPARE(c.rows[3].replay->targetName, u"Bo Lind"_s);
        QCOMPARE(c.rows[3].replay->status, u"dry_run"_s);
        QVERIFY(!c.rows[3].original);
        QCOMPARE(c.original.reasoning,
                 (QStringList{u"Ana is late and has not answered."_s, u"Checked in with Ana."_s}));
        QCOMPARE(c.replay.reasoning, (QStringList{u"Ana is 25 minutes late."_s, u"Sent what was needed."_s}));
        QCOMPARE(c.original.usage.inputTokens, 2600);
        QCOMPARE(c.replay.usage.inputTokens, 3000);
        QCOMPARE(c.replay.usage.outputTokens, 150);
        QCOMPARE(c.original.cost->exactDollars(), u"0.0031"_s); // Haiku: 2600 × $1 + 100 × $5 per million
        QCOMPARE(c.replay.cost->exactDollars(), u"0.01125"_s);
        QCOMPARE(c.replay.replayOf, original.runId);

        const QList<RecordedRun::Summary> recent = RecordedRun::recent(s(), Agent::OfficeManager);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].id, replayed.runId); // newest first
        QCOMPARE(recent[0].replayOf, original.runId);
        QCOMPARE(recent[0].calls, 3);
        QCOMPARE(recent[1].id, original.runId);
    }

    void replaysWithAnOlderInstructionVersion()
    {
        InstructionVersions::save(s(), Agent::OfficeManager, u"Greet people by their first name."_s, u"first"_s, {},
                                  u"Maria"_s);
        InstructionVersions::save(s(), Agent::OfficeManager, u"Be brief."_s, u"shorter"_s, {}, u"Maria"_s);
        const QString originalId = rulesRun();
        const QString recorded =
            s().scalar(u"SELECT system_prompt FROM mentats_runs WHERE id = ?::uuid"_s, {originalId}).toString();
        QVERIFY(recorded.contains(u"## Additional instructions from the managers\nBe brief."_s));

        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Nothing to do."_s)));
        ReplayOptions options;
        options.runId = originalId;
        options.instructionVersion = 1;
        options.llm = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        const RunResult replayed = replay(options);
        QCOMPARE(replayed.status, RunStatus::Completed);
        QCOMPARE(server.requests().size(), 1);
        const QString sent = QString::fromStdString(server.requests()[0].json["system"][0]["text"].get<std::string>());
        // Only the instructions differ from what the original sent.
        QCOMPARE(sent, QString(recorded).replace(u"\nBe brief."_s, u"\nGreet people by their first name."_s));
        QCOMPARE(
            s().scalar(u"SELECT system_prompt FROM mentats_runs WHERE id = ?::uuid"_s, {replayed.runId}).toString(),
            sent);
        // The model called nothing: its reasoning is the run's observation row, as for any run.
        QCOMPARE(replayed.actionsLogged, 1);
        QCOMPARE(s().scalar(u"SELECT reasoning FROM ai_actions WHERE run_id = ?::uuid AND tool_name IS NULL"_s,
                            {replayed.runId})
                     .toString(),
                 u"Nothing to do."_s);

        options.instructionVersion = 7;
        const int runs = count(u"SELECT count(*) FROM mentats_runs"_s);
        try {
            replay(options);
            QFAIL("replayed with an instruction version that does not exist");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QCOMPARE(error.message(), u"The Office Manager has no instruction version 7."_s);
        }
        QCOMPARE(count(u"SELECT count(*) FROM mentats_runs"_s), runs);
    }

    void cancelsMidCallAndRecordsWhy()
    {
        const QString originalId = rulesRun();
        const QList<int> before = staffFacingCounts();
        const int actionsBefore = count(u"SELECT count(*) FROM ai_actions"_s);
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::hang());
        ReplayOptions options;
        options.runId = originalId;
        options.requestedBy = kManager;
        options.llm = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        options.control.cancellation = std::make_shared<LlmCancellation>();
        // The manager presses Cancel while the model is thinking.
        connect(&server, &FakeLlmServer::requestReceived, options.control.cancellation.get(), &LlmCancellation::cancel);
        const RunResult cancelled = replay(options);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(cancelled.status, RunStatus::Failed);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.reason, u"Cancelled by maria@store.example"_s);
        const SqlRows record = s().select(u"SELECT status, status_reason, replay_of::text, finished_at IS NOT NULL, "
                                          "input_tokens FROM mentats_runs WHERE id = ?::uuid"_s,
                                          {cancelled.runId});
        QCOMPARE(record.rows.front(), (QVariantList{u"failed"_s, cancelled.reason, originalId, true, 0}));
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions"_s), actionsBefore);
        QCOMPARE(staffFacingCounts(), before);

        // Cancelled before it starts: recorded the same way, and the model is never asked.
        FakeLlmServer idle;
        options.llm = std::make_shared<AnthropicProvider>(LlmEndpoint{idle.baseUrl(), u"k"_s});
        options.control.cancellation = std::make_shared<LlmCancellation>();
        options.control.cancellation->cancel();
        options.requestedBy.clear();
        const RunResult early = replay(options);
        QVERIFY(early.cancelled);
        QCOMPARE(early.reason, u"Cancelled"_s);
        QVERIFY(idle.requests().isEmpty());
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_runs WHERE id = ?::uuid"_s, {early.runId}).toString(),
                 u"failed"_s);
    }

    void refusesWhatCannotBeReplayed_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("unknown id") << u"unknown"_s << u"There is no run with the id \"%1\"."_s;
        QTest::newRow("not a uuid") << u"garbage"_s << u"There is no run with the id \"%1\"."_s;
        QTest::newRow("skipped") << u"skipped"_s
                                 << u"The run %1 was skipped (nothing needs attention): the model was never asked, so "
                                    "there is nothing to replay."_s;
        QTest::newRow("still running") << u"running"_s
                                       << u"The run %1 is still running: replay it once it has finished."_s;
        QTest::newRow("failed before the model")
            << u"no prompt"_s
            << u"The run %1 has no recorded prompt (it ended before the model was asked), so it cannot be replayed."_s;
    }

    void refusesWhatCannotBeReplayed()
    {
        QFETCH(QString, setup);
        QFETCH(QString, sentence);
        QString id;
        if (setup == u"unknown"_s) {
            id = u"6f1c1d2e-0000-4000-8000-000000000000"_s;
        } else if (setup == u"garbage"_s) {
            id = u"'; DROP TABLE mentats_runs; --"_s;
        } else if (setup == u"skipped"_s) {
            s().exec(u"INSERT INTO time_entries (user_id, clock_in) VALUES (?, ?)"_s,
                     {m_ana, SqlSession::timestamp(kNow.addSecs(-60))}); // Ana is in: nothing needs attention
            RunOptions quiet;
            quiet.provider = std::make_shared<RulesProvider>();
            const RunResult skipped = run(quiet);
            QCOMPARE(skipped.status, RunStatus::Skipped);
            id = skipped.runId;
        } else {
            id = s().scalar(
                        u"INSERT INTO mentats_runs (agent, trigger, status, status_reason) VALUES ('office_manager', "
                        "'manual', ?, ?) RETURNING id::text"_s,
                        {setup == u"running"_s ? u"running"_s : u"failed"_s,
                         setup == u"running"_s ? QVariant() : QVariant(u"the database went away"_s)})
                     .toString();
        }
        const int runs = count(u"SELECT count(*) FROM mentats_runs"_s);
        FakeLlmServer server;
        ReplayOptions options;
        options.runId = id;
        options.llm = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        try {
            replay(options);
            QFAIL("replayed a run that cannot be replayed");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QCOMPARE(error.message(), sentence.arg(id));
        }
        QVERIFY(server.requests().isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM mentats_runs"_s), runs); // nothing recorded
    }

    // The pairing rules on their own, without a database.
    void pairsCallsByToolAndPerson()
    {
        RecordedRun original;
        original.calls = {
            call(u"send_direct_message"_s, u"ana"_s, {{"toUserId", "ana"}, {"message", "x"}}),
            call(u"send_direct_message"_s, u"ana"_s, {{"toUserId", "ana"}, {"message", "y"}}),
            call(u"send_direct_message"_s, u"bo"_s, {{"toUserId", "bo"}, {"message", "hi"}}),
            call(u"flag_for_manager"_s, {}, {{"reason", "till short"}}),
            call(u"create_task"_s, u"ana"_s, {{"assigneeId", "ana"}, {"title", "t"}, {"priority", "high"}})};
        RecordedRun replay;
        replay.calls = {
            call(u"flag_for_manager"_s, {}, {{"reason", "till short by $20"}}),
            call(u"send_direct_message"_s, u"ana"_s, {{"toUserId", "ana"}, {"message", "y"}}),
            call(u"send_direct_message"_s, u"cy"_s, {{"toUserId", "cy"}, {"message", "hi"}}),
            call(u"send_direct_message"_s, u"ana"_s, {{"toUserId", "ana"}, {"message", "z"}}),
            call(u"create_task"_s, u"ana"_s, {{"assigneeId", "ana"}, {"title", "t"}, {"dueInMinutes", 30}})};
        const RunComparison c = RunComparison::compare(original, replay);
        QCOMPARE(c.rows.size(), 6);
        // The identical message pairs first, though the model asked for it second; the other one is a rewording.
        QCOMPARE(c.rows[0].difference, Difference::Changed);
        QCOMPARE(c.rows[0].original->parameters["message"], json("x"));
        QCOMPARE(c.rows[0].replay->parameters["message"], json("z"));
        QCOMPARE(c.rows[0].changedKeys, QStringList{u"message"_s});
        QCOMPARE(c.rows[1].difference, Difference::Same);
        QCOMPARE(c.rows[1].replay->parameters["message"], json("y"));
        // A message to someone else is another action.
        QCOMPARE(c.rows[2].difference, Difference::Removed);
        QCOMPARE(c.rows[2].original->targetUserId, u"bo"_s);
        // Calls about nobody pair by tool.
        QCOMPARE(c.rows[3].difference, Difference::Changed);
        QCOMPARE(c.rows[3].changedKeys, QStringList{u"reason"_s});
        // A key on one side only is a change.
        QCOMPARE(c.rows[4].difference, Difference::Changed);
        QCOMPARE(c.rows[4].changedKeys, (QStringList{u"dueInMinutes"_s, u"priority"_s}));
        QCOMPARE(c.rows[5].difference, Difference::Added);
        QCOMPARE(c.rows[5].replay->targetUserId, u"cy"_s);
        QCOMPARE(c.count(Difference::Same), 1);
        QCOMPARE(c.count(Difference::Changed), 3);
        QCOMPARE(c.count(Difference::Added), 1);
        QCOMPARE(c.count(Difference::Removed), 1);

        QCOMPARE(RunComparison::changedKeys(json("not an object"), json::object()), QStringList{u"(arguments)"_s});
        QVERIFY(RunComparison::changedKeys({{"a", 1}}, {{"a", 1}}).isEmpty());
        QVERIFY(RunComparison::compare({}, {}).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunReplay)
#include "tst_runreplay.moc"
