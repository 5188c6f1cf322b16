// One clock: every decision the engine takes about time follows the injected Clock, never the database server's
// now(). Each case reaches a verdict (blocked, pending, exhausted), moves a FixedClock past the moment that verdict
// depends on — and nothing else: no row is rewritten by hand — and sees the verdict change. The clock stands two
// weeks away from the machine's, so a comparison left on the server's now() would give the old verdict.
#include "context/contextrequestloader.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "llm/anthropicprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "runs/runbudget.h"
#include "testdatabase.h"
#include "tools/approvalqueue.h"
#include "tools/senddirectmessagetool.h"
#include "tools/toolexecutor.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
// A Tuesday morning in the store, two weeks before the machine's day (whatever that is).
QDateTime storeMorning()
{
    const QDate day = QDateTime::currentDateTimeUtc().toTimeZone(kPacific).date().addDays(-14);
    return QDateTime(day, QTime(10, 30), kPacific).toUTC();
}
} // namespace

class TestOneClock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock;
    ContextRequest m_request;
    ToolContext m_context;
    const ToolExecutor m_executor{{std::make_shared<SendDirectMessageTool>()}};
    QString m_ana;
    QString m_bo;

    SqlSession &s() { return m_db->session(); }
    QString person(const QString &name)
    {
        return s()
            .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                    {QVariant(name + u"@x"_s), name, name})
            .toString();
    }
    ToolCallOutcome send(const QString &to)
    {
        LlmToolCall call;
        call.id = u"call"_s;
        call.name = u"send_direct_message"_s;
        call.arguments = {{"toUserId", to.toStdString()}, {"message", "Your shift started 25 minutes ago. All OK?"}};
        return m_executor.handle(s(), call, m_context, {m_clock->nowUtc(), json::object(), 0, u"Late."_s});
    }
    void configure(const QString &columns, const QString &values)
    {
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, %1) VALUES ('office_manager', 'send_direct_message', "
                 "%2)"_s.arg(columns, values));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Schema::Current);
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
        m_clock = std::make_shared<FixedClock>(storeMorning()); // the business zone is the default, Pacific
        m_request = ContextRequestLoader::load(s(), Agent::OfficeManager, m_clock);
        m_context = ToolContext{u"00000000-0000-4000-8000-0000000000c1"_s, Agent::OfficeManager, false,
                                m_request.aiSystemUserId, &m_request};
        m_ana = person(u"Ana Ruiz"_s);
        m_bo = person(u"Bo Lind"_s);
    }

    void aPerPersonCooldownEndsOnTheClock()
    {
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        m_clock->advanceSecs(29 * 60);
        const ToolCallOutcome cooling = send(m_ana);
        QCOMPARE(cooling.status, ToolCallOutcome::Status::Blocked);
        QVERIFY2(cooling.reason.contains(u"cooldown: send_direct_message was used for this person"_s),
                 qPrintable(cooling.reason));
        m_clock->advanceSecs(60 + 1); // 30 minutes and a second after the first message
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_cooldowns WHERE user_id = ?::uuid"_s, {m_ana}).toInt(), 1);
    }

    void anApprovalExpiresOnTheClock()
    {
        configure(u"requires_confirmation"_s, u"true"_s);
        const ApprovalQueue queue(m_executor, m_clock);
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::AwaitingApproval);
        m_clock->advanceSecs(qint64(ToolExecutor::kApprovalHours) * 3600 - 60);
        QCOMPARE(queue.pending(s()).size(), 1); // a minute left
        QCOMPARE(queue.expire(s()), 0);
        m_clock->advanceSecs(2 * 60);
        QVERIFY(queue.pending(s()).isEmpty());
        QCOMPARE(queue.expire(s()), 1);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_approvals"_s).toString(), u"expired"_s);
        QCOMPARE(s().scalar(u"SELECT decided_at FROM mentats_approvals"_s).toDateTime(), m_clock->nowUtc());
    }

    void theHourOfARateLimitPassesOnTheClock()
    {
        configure(u"rate_limit_max_per_hour, cooldown_per_user_minutes"_s, u"2, 0"_s);
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        m_clock->advanceSecs(10 * 60);
        QCOMPARE(send(m_bo).status, ToolCallOutcome::Status::Executed);
        m_clock->advanceSecs(49 * 60);
        const ToolCallOutcome limited = send(m_ana);
        QCOMPARE(limited.status, ToolCallOutcome::Status::Blocked);
        QVERIFY2(limited.reason.contains(u"rate limit: send_direct_message already ran 2 times in the last hour"_s),
                 qPrintable(limited.reason));
        m_clock->advanceSecs(60 + 1); // the first message is now more than an hour old
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        m_clock->advanceSecs(1);
        QCOMPARE(send(m_bo).status, ToolCallOutcome::Status::Blocked); // the second is still within the hour
    }

    void theDailyBudgetRenewsWithTheBusinessDay()
    {
        RunBudget::setCap(s(), Agent::OfficeManager, 0.05, u"test"_s);
        FakeLlmServer server;
        // 100,000 input tokens on Haiku 4.5 ($1 per million): $0.10 a run.
        for (int i = 0; i < 2; ++i)
            server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"All quiet."_s, 100000, 0)));
        const auto run = [&] {
            RunOptions options;
            options.callEvenIfQuiet = true;
            options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
            AgentRunner runner(m_db->settings(), m_clock);
            return Wait::forTask(runner.run(std::move(options)));
        };
        const BusinessCalendar calendar(kPacific, m_clock);

        QCOMPARE(run().status, RunStatus::Completed);
        m_clock->setNow(QDateTime(calendar.today(), QTime(23, 59), kPacific).toUTC()); // the same business day
        QVERIFY(RunBudget::today(s(), Agent::OfficeManager, calendar).exhausted());
        const RunResult skipped = run();
        QCOMPARE(skipped.status, RunStatus::Skipped);
        QCOMPARE(skipped.reason, u"daily budget reached: $0.10 of $0.05 spent today"_s);

        m_clock->advanceSecs(2 * 60); // past midnight in the store
        QVERIFY(!RunBudget::today(s(), Agent::OfficeManager, calendar).exhausted());
        QCOMPARE(run().status, RunStatus::Completed);
        QCOMPARE(server.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOneClock)
#include "tst_oneclock.moc"
