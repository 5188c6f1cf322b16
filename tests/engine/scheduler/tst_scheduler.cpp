// The scheduler on a real database with a moving clock: each due slot runs once, a downtime is caught up with one run,
// an unclaimed slot shows as overdue, a failing agent alerts managers once per streak, a crashed run is closed, and
// stopping waits for the run in progress.
#include "fakellmserver.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "scheduler/scheduler.h"
#include "testdatabase.h"
#include "wait.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
QDateTime local(int hour, int minute, int day = 24)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kPacific).toUTC();
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock;
    QString m_ana;

    SqlSession &s() { return m_db->session(); }
    std::unique_ptr<Scheduler> scheduler()
    {
        Scheduler::Options options;
        options.host = u"test-host"_s;
        return std::make_unique<Scheduler>(m_db->settings(), m_clock, options);
    }
    QStringList slotsRun()
    {
        const SqlRows rows = s().select(u"SELECT scheduled_slot FROM mentats_runs WHERE agent = 'office_manager' "
                                        "AND scheduled_slot IS NOT NULL ORDER BY scheduled_slot"_s);
        QStringList slots;
        for (const QVariantList &row : rows.rows)
            slots << row.at(0).toDateTime().toTimeZone(kPacific).toString(u"HH:mm"_s);
        return slots;
    }
    // Ana is late for a shift that started at `start`: something for the Office Manager to act on.
    void lateShift(const QDateTime &start)
    {
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                 {m_ana, SqlSession::timestamp(start), SqlSession::timestamp(start.addSecs(8 * 3600))});
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        m_clock = std::make_shared<FixedClock>(local(10, 30));
        m_ana =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') "
                       "RETURNING id"_s)
                .toString();
    }

    void runsEachSlotOnceAndCatchesUpOnce()
    {
        auto sched = scheduler();
        TickReport report = Wait::forTask(sched->tick());
        QCOMPARE(report.runs.size(), 1); // the Office Manager's 10:30; the optimizer's 02:00 is long gone
        QCOMPARE(report.runs.front().slot, local(10, 30));
        QCOMPARE(report.runs.front().result.reason, u"nothing needs attention"_s);
        QCOMPARE(report.nextWake, local(10, 45));
        QCOMPARE(Wait::forTask(sched->tick()).runs.size(), 0); // the same slot again: nothing
        m_clock->setNow(local(10, 44));
        QCOMPARE(Wait::forTask(sched->tick()).runs.size(), 0);

        // The laptop slept from 10:44 to 14:02: one run, for 14:00, not fourteen.
        m_clock->setNow(local(14, 2));
        report = Wait::forTask(sched->tick());
        QCOMPARE(report.runs.size(), 1);
        QCOMPARE(slotsRun(), (QStringList{u"10:30"_s, u"14:00"_s}));
        // After hours nothing is due; the next to wake is the optimizer at 02:00 business time.
        m_clock->setNow(local(20, 5));
        report = Wait::forTask(sched->tick());
        QVERIFY(report.runs.isEmpty());
        QCOMPARE(report.nextWake, local(2, 0, 25));

        const AgentHealth om = report.health.at(0);
        QCOMPARE(om.agent, Agent::OfficeManager);
        QCOMPARE(om.lastScheduledSlot, local(14, 0));
        QCOMPARE(om.nextRun, local(7, 0, 25));
        QVERIFY(om.overdue); // 19:45 went by with no scheduler up
        const AgentHealth ro = report.health.at(1);
        QVERIFY(ro.overdue); // nobody ran 02:00 either
        QCOMPARE(ro.nextRun, local(2, 0, 25));
        QCOMPARE(s().scalar(u"SELECT count(*) FROM mentats_runs WHERE host = 'test-host'"_s).toInt(), 2);
    }

    void reportsABrokenScheduleAndRunsTheOtherAgent()
    {
        s().exec(u"UPDATE ai_config SET cron_schedule = '*/15 7-25 * * *' WHERE agent = 'office_manager'"_s);
        s().exec(u"UPDATE ai_config SET cron_schedule = '30 10 * * *' WHERE agent = 'revenue_optimizer'"_s);
        auto sched = scheduler();
        const TickReport report = Wait::forTask(sched->tick());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.front(), u"the Office Manager will not run: The schedule \"*/15 7-25 * * *\" is not "
                                          "valid: hour 25 is out of range 0-23."_s);
        QCOMPARE(report.runs.size(), 1);
        QCOMPARE(report.runs.front().agent, Agent::RevenueOptimizer);
        QVERIFY(!report.health.at(0).cronError.isEmpty());
    }

    void rollsUpTheWeeksMetricsBeforeTheOptimizer()
    {
        s().exec(u"UPDATE ai_config SET cron_schedule = '30 10 * * *' WHERE agent = 'revenue_optimizer'"_s);
        // Yesterday Ana worked 9 to 5; the week before, nothing the roll-up would see.
        s().exec(u"INSERT INTO time_entries (user_id, clock_in, clock_out) VALUES (?, ?, ?)"_s,
                 {m_ana, SqlSession::timestamp(local(9, 0, 23)), SqlSession::timestamp(local(17, 0, 23))});
        auto sched = scheduler();
        const TickReport report = Wait::forTask(sched->tick());
        QCOMPARE(report.runs.size(), 2);
        QVERIFY2(report.metricsRollup.startsWith(u"Rolled up 2026-11-17 to 2026-11-23 (7 days, 0 with sales): 1 "
                                                 "person-days"_s),
                 qPrintable(report.metricsRollup));
        QCOMPARE(s().scalar(u"SELECT hours_worked::text FROM staff_metrics_daily WHERE user_id = ?::uuid "
                            "AND date = '2026-11-23 00:00 America/Los_Angeles'"_s,
                            {m_ana})
                     .toString(),
                 u"8.00"_s);

        // The Office Manager's slots do not roll anything up.
        s().exec(u"DELETE FROM staff_metrics_daily"_s);
        m_clock->setNow(local(10, 46));
        const TickReport next = Wait::forTask(sched->tick());
        QCOMPARE(next.runs.size(), 1);
        QVERIFY(next.metricsRollup.isEmpty());
        QCOMPARE(s().scalar(u"SELECT count(*) FROM staff_metrics_daily"_s).toInt(), 0);
    }

    void alertsManagersOncePerFailureStreak()
    {
        const QString boss =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES ('m@x', 'maria', "
                       "'x', 'Maria Admin', 'admin') RETURNING id"_s)
                .toString();
        FakeLlmServer server;
        for (int i = 0; i < 5; ++i)
            server.enqueue(FakeLlmServer::Reply::json(
                FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s), 401));
        qputenv("ANTHROPIC_API_KEY", "sk-ant-revoked");
        qputenv("MENTATS_ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        auto sched = scheduler();
        const auto alerts = [&] {
            return s()
                .scalar(u"SELECT count(*) FROM notifications WHERE user_id = ?::uuid "
                        "AND title = 'Office Manager: scheduled runs failing'"_s,
                        {boss})
                .toInt();
        };
        QDateTime slot = local(10, 30);
        const auto nextSlot = [&] {
            lateShift(slot.addSecs(-20 * 60));
            m_clock->setNow(slot);
            const TickReport report = Wait::forTask(sched->tick());
            slot = slot.addSecs(15 * 60);
            return report;
        };
        nextSlot();
        nextSlot();
        QCOMPARE(alerts(), 0);
        const TickReport third = nextSlot();
        QCOMPARE(third.runs.front().result.status, RunStatus::Failed);
        QCOMPARE(third.health.front().consecutiveFailures, 3);
        QCOMPARE(third.health.front().lastFailureReason,
                 u"The Anthropic API key was rejected (401). Check the key in Agent settings."_s);
        QCOMPARE(alerts(), 1);
        QVERIFY(
            s().scalar(u"SELECT content FROM messages ORDER BY created_at DESC LIMIT 1"_s)
                .toString()
                .startsWith(
                    u"The Office Manager's scheduled runs have failed 3 times in a row. The last error: The Anthropic API key was rejected"_s));
        nextSlot();
        QCOMPARE(alerts(), 1); // not on every tick

        // The key is fixed (none: the offline rules take over), a run succeeds, and a new streak alerts again.
        qunsetenv("ANTHROPIC_API_KEY");
        QCOMPARE(nextSlot().runs.front().result.status, RunStatus::Completed);
        qputenv("ANTHROPIC_API_KEY", "sk-ant-revoked-again");
        server.enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid"_s), 401));
        server.enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid"_s), 401));
        nextSlot();
        nextSlot();
        QCOMPARE(nextSlot().health.front().consecutiveFailures, 3);
        QCOMPARE(alerts(), 2);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
    }

    void closesARunItsProcessAbandoned()
    {
        s().exec(u"INSERT INTO mentats_runs (agent, trigger, status, host, started_at) "
                 "VALUES ('office_manager', 'manual', 'running', 'crashed-laptop', ?::timestamptz)"_s,
                 {SqlSession::timestamp(m_clock->nowUtc().addSecs(-10 * 60))});
        auto sched = scheduler();
        QCOMPARE(Wait::forTask(sched->tick()).interruptedRuns, 1);
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE host = 'crashed-laptop'"_s)
                     .toString(),
                 u"failed: interrupted: the process running it stopped before it finished"_s);
    }

    void expiresStaleApprovals()
    {
        s().exec(
            u"INSERT INTO ai_actions (id, agent, run_id, run_started_at, tool_name, tool_params) VALUES "
            "('00000000-0000-4000-8000-0000000000a1', 'office_manager', gen_random_uuid(), now(), 'create_task', '{}')"_s);
        s().exec(u"INSERT INTO mentats_approvals (action_id, run_id, agent, tool_name, arguments, expires_at) VALUES "
                 "('00000000-0000-4000-8000-0000000000a1', gen_random_uuid(), 'office_manager', 'create_task', '{}', "
                 "?::timestamptz)"_s,
                 {SqlSession::timestamp(m_clock->nowUtc().addSecs(-3600))});
        auto sched = scheduler();
        QCOMPARE(Wait::forTask(sched->tick()).expiredApprovals, 1);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_approvals"_s).toString(), u"expired"_s);
    }

    void aSchedulerDestroyedMidRunLetsTheRunRecordItself()
    {
        lateShift(local(10, 5));
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"Ana called ahead."_s), 500));
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test");
        qputenv("MENTATS_ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        auto sched = scheduler();
        sched->start();
        QTRY_COMPARE(server.requests().size(), 1);
        sched.reset(); // the window closed, say, without stopping first
        QTRY_COMPARE_WITH_TIMEOUT(
            s().scalar(u"SELECT status || '/' || (finished_at IS NOT NULL) FROM mentats_runs"_s).toString(),
            u"completed/true"_s, 10000);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
    }

    void stopWaitsForTheRunInProgress()
    {
        lateShift(local(10, 5));
        FakeLlmServer server;
        server.enqueue(
            FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"Ana is late; she called ahead."_s), 700));
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test");
        qputenv("MENTATS_ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        auto sched = scheduler();
        QSignalSpy ran(sched.get(), &Scheduler::runFinished);
        sched->start();
        QVERIFY(sched->isRunning());
        QTRY_VERIFY(sched->isBusy()); // in the middle of the run, waiting for the model
        QTRY_COMPARE(server.requests().size(), 1);
        Wait::forTask(sched->stop());
        QVERIFY(!sched->isRunning());
        QCOMPARE(ran.size(), 1); // it finished the run before stopping
        QCOMPARE(s().scalar(u"SELECT status || '/' || (finished_at IS NOT NULL) FROM mentats_runs"_s).toString(),
                 u"completed/true"_s);
        QCOMPARE(
            s().scalar(u"SELECT count(*) FROM ai_actions WHERE reasoning = 'Ana is late; she called ahead.'"_s).toInt(),
            1);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
