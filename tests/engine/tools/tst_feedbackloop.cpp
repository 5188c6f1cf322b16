// The two agents' feedback loop, end to end on a real database with the offline provider: the Revenue Optimizer
// notices a person late on Fridays from history and writes a memory; the next Office Manager prompt carries it; a
// later optimizer run observes it again and updates the same memory.
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "fixedclock.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "prompts/agentprompt.h"
#include "testdatabase.h"
#include "tools/toolexecutor.h"
#include "tools/writememorytool.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
QDateTime local(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), kPacific).toUTC();
}
} // namespace

class TestFeedbackLoop : public QObject
{
    Q_OBJECT

private:
    // One optimizer run: assemble its history, let the rules decide, carry out the calls.
    static QList<ToolCallOutcome> optimizerRun(SqlSession &s, const std::shared_ptr<FixedClock> &clock)
    {
        const ContextRequest request = ContextRequestLoader::load(s, Agent::RevenueOptimizer, clock);
        const AssembledContext context =
            ContextAssembler(ContextRegistry::forAgent(Agent::RevenueOptimizer)).assemble(s, request, 50000);
        const ToolExecutor executor({std::make_shared<WriteMemoryTool>()});
        LlmRequest llm;
        llm.context = context.structured();
        llm.tools = executor.specsFor(Agent::RevenueOptimizer);
        const LlmResponse response = RulesProvider().decide(llm);
        const ToolContext toolContext{QUuid::createUuid().toString(QUuid::WithoutBraces), Agent::RevenueOptimizer,
                                      false, request.aiSystemUserId, &request};
        QList<ToolCallOutcome> outcomes;
        for (const LlmToolCall &call : response.toolCalls)
            outcomes << executor.handle(s, call, toolContext,
                                        {clock->nowUtc(), context.summary(), context.totalTokens(), response.text});
        return outcomes;
    }

private Q_SLOTS:
    void optimizerTeachesTheOfficeManager()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        s.exec(u"INSERT INTO mentats_settings (key, value) VALUES ('analysis_window_days', '56')"_s); // eight weeks
        const QString ana =
            s.scalar(
                 u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id"_s)
                .toString();
        const auto shift = [&](QDate day, int lateMinutes) {
            const QString id =
                s.scalar(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?) RETURNING id"_s,
                         {ana, SqlSession::timestamp(local(day, 10, 0)), SqlSession::timestamp(local(day, 18, 0))})
                    .toString();
            s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in, clock_out) VALUES (?, ?, ?, ?)"_s,
                   {ana, id, SqlSession::timestamp(local(day, 10, lateMinutes)),
                    SqlSession::timestamp(local(day, 18, 0))});
        };
        // Six Fridays, late on five; on time every Tuesday.
        const QDate tuesday(2026, 11, 24);
        for (int week = 1; week <= 6; ++week) {
            shift(tuesday.addDays(-4 - 7 * (week - 1)), week == 3 ? 0 : 30);
            shift(tuesday.addDays(-7 * week), 0);
        }
        const auto clock = std::make_shared<FixedClock>(local(tuesday, 3, 0)); // the nightly run

        const QList<ToolCallOutcome> first = optimizerRun(s, clock);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].status, ToolCallOutcome::Status::Executed);
        QCOMPARE(s.scalar(u"SELECT content FROM ai_memory WHERE user_id = ?::uuid"_s, {ana}).toString(),
                 u"Ana Ruiz is often late on Fridays (5 of the last 6)."_s);
        const double firstConfidence =
            s.scalar(u"SELECT confidence::float8 FROM ai_memory WHERE user_id = ?::uuid"_s, {ana}).toDouble();

        // Friday morning: Ana is due at 10 and not in yet. The Office Manager's prompt knows what the optimizer learnt.
        const QDate friday(2026, 11, 27);
        s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
               {ana, SqlSession::timestamp(local(friday, 10, 0)), SqlSession::timestamp(local(friday, 18, 0))});
        clock->setNow(local(friday, 10, 20));
        const ContextRequest request = ContextRequestLoader::load(s, Agent::OfficeManager, clock);
        const AssembledContext context =
            ContextAssembler(ContextRegistry::forAgent(Agent::OfficeManager)).assemble(s, request, 8000);
        const AgentPrompt prompt = AgentPrompt::build(
            Agent::OfficeManager, AgentPromptSettings::load(s, Agent::OfficeManager), context, request.calendar);
        QVERIFY2(prompt.systemText().contains(u"Ana Ruiz is often late on Fridays (5 of the last 6)."_s),
                 qPrintable(prompt.systemText()));
        QVERIFY(prompt.userMessage.contains(u"Ana Ruiz [user %1], shift started 10:00 (20 min ago)"_s.arg(ana)));

        // She was late that Friday too. The next nightly run observes the pattern again: same memory, updated.
        s.exec(u"INSERT INTO time_entries (user_id, clock_in, clock_out) VALUES (?, ?, ?)"_s,
               {ana, SqlSession::timestamp(local(friday, 10, 35)), SqlSession::timestamp(local(friday, 18, 0))});
        clock->setNow(local(friday.addDays(1), 3, 0));
        const QList<ToolCallOutcome> second = optimizerRun(s, clock);
        QCOMPARE(second.size(), 1);
        QVERIFY(second[0].effect.result["isUpdate"].get<bool>());
        const SqlRows memory = s.select(
            u"SELECT count(*) OVER (), observation_count, content, confidence::float8 FROM ai_memory WHERE user_id = ?::uuid"_s,
            {ana});
        QCOMPARE(memory.rows.front().at(0).toInt(), 1);
        QCOMPARE(memory.rows.front().at(1).toInt(), 2);
        QCOMPARE(memory.rows.front().at(2).toString(), u"Ana Ruiz is often late on Fridays (6 of the last 7)."_s);
        QVERIFY(memory.rows.front().at(3).toDouble() > firstConfidence); // more evidence, more confidence
    }

    void refusesAMemoryWithoutItsSubject()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const WriteMemoryTool tool;
        const ToolContext context{};
        const auto problems = [&](const char *arguments) {
            return tool.validate(s, nlohmann::json::parse(arguments), context);
        };
        QCOMPARE(problems(R"({"scope":"user","memoryType":"pattern","content":"Late on Fridays","confidence":0.7})"),
                 QStringList{u"userId is required for a memory about a person."_s});
        QCOMPARE(
            problems(
                R"({"scope":"location","locationId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","memoryType":"pattern","content":"Busy on Saturdays","confidence":0.7})"),
            QStringList{u"No location has the id 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed: use an id from the context."_s});
        QCOMPARE(problems(R"({"scope":"global","memoryType":"hunch","content":"Mondays are quiet","confidence":1.5})")
                     .size(),
                 2);
        QVERIFY(
            problems(R"({"scope":"global","memoryType":"observation","content":"Mondays are quiet","confidence":0.6})")
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedbackLoop)
#include "tst_feedbackloop.moc"
