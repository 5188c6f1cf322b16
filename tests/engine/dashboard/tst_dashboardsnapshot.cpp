// The dashboard's figures against hand-made rows: today's actions by outcome and cost are counted in the business's
// day (not UTC's), the month's cost from the 1st, pending approvals that have not expired, memories not expired.
#include "dashboard/dashboardsnapshot.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "runs/runbudget.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone kPacific("America/Los_Angeles");
QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), kPacific).toUTC();
}
} // namespace

class TestDashboardSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTheBusinessDay()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const auto action = [&](const QDateTime &at, const char *status, const char *agent = "office_manager") {
            s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, executed, "
                   u"execution_result) "
                   "VALUES (?::ai_agent, gen_random_uuid(), ?::timestamptz, ?::timestamptz, 'create_task', ?, "
                   "jsonb_build_object('status', ?::text))"_s,
                   {QString::fromLatin1(agent), SqlSession::timestamp(at), SqlSession::timestamp(at),
                    qstrcmp(status, "executed") == 0, QString::fromLatin1(status)});
        };
        const auto run = [&](const QDateTime &at, const char *cost, const char *status = "completed") {
            s.exec(u"INSERT INTO mentats_runs (agent, trigger, status, cost_usd, started_at) VALUES ('office_manager', "
                   "'manual', ?, ?::numeric, ?::timestamptz)"_s,
                   {QString::fromLatin1(status), QString::fromLatin1(cost), SqlSession::timestamp(at)});
        };
        // Now: 24 November, 08:00 in Los Angeles (16:00 UTC). 23 November 22:00 local is already the 24th in UTC.
        action(local(23, 22), "executed");
        action(local(24, 7), "executed");
        action(local(24, 7, 30), "executed");
        action(local(24, 7, 40), "blocked");
        action(local(24, 7, 41), "invalid");
        action(local(24, 7, 42), "failed");
        action(local(24, 7, 43), "dry_run");
        action(local(24, 7, 44), "executed", "revenue_optimizer");
        run(local(23, 22), "0.50");
        run(local(24, 6), "0.25");
        run(local(24, 7), "0.01", "failed");
        run(QDateTime(QDate(2026, 10, 31), QTime(23, 0), kPacific).toUTC(), "9.00"); // last month
        RunBudget::setCap(s, Agent::OfficeManager, 1.0, u"test"_s);
        const auto clock = std::make_shared<FixedClock>(local(24, 8));
        // Expired the day before the dashboard's morning (its clock, not the machine's).
        s.exec(u"INSERT INTO ai_memory (scope, memory_type, content, confidence, expires_at) VALUES "
               "('global', 'pattern', 'Mondays are quiet', 0.6, NULL), ('global', 'pattern', 'Old news', 0.6, "
               "?::timestamptz)"_s,
               {SqlSession::timestamp(clock->nowUtc().addDays(-1))});
        const DashboardSnapshot snapshot = DashboardSnapshot::read(s, clock);
        QCOMPARE(snapshot.zone.id(), QByteArray("America/Los_Angeles"));
        const AgentDashboard &om = snapshot.agents.at(0);
        QCOMPARE(om.executedToday, 2);
        QCOMPARE(om.blockedToday, 2);
        QCOMPARE(om.errorsToday, 2); // a failed tool and a failed run
        QCOMPARE(om.dryRunToday, 1);
        QCOMPARE(om.costTodayUsd, 0.26);
        QCOMPARE(om.costMonthUsd, 0.76);
        QCOMPARE(om.dailyBudgetUsd, std::optional<double>(1.0));
        QCOMPARE(snapshot.agents.at(1).executedToday, 1);
        QCOMPARE(snapshot.agents.at(1).activeMemories, 1);
        QCOMPARE(snapshot.recent.size(), 8);
        QCOMPARE(snapshot.recent.front().agent, Agent::RevenueOptimizer); // newest first
    }

    // What the latest run's context could not show: from its recorded summary, the newest run that has one.
    void saysWhatTheLatestContextCouldNotShow()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const auto clock = std::make_shared<FixedClock>(local(24, 12));
        QVERIFY(!DashboardSnapshot::read(s, clock).agents.at(0).lastContext.at.isValid());
        const auto run = [&](const QDateTime &at, const char *summary) {
            s.exec(u"INSERT INTO mentats_runs (agent, trigger, status, started_at, context_summary) VALUES "
                   "('office_manager', 'cli', 'completed', ?::timestamptz, ?::jsonb)"_s,
                   {SqlSession::timestamp(at), QString::fromLatin1(summary)});
        };
        run(local(24, 10), R"json({"modules": {"tasks": {"attention": 3}}})json");
        run(local(24, 11), R"json({"modules": {"attendance": {"attention": 40}, "tasks": {"attention": 60}},
            "parts": [{"label": "A"}, {"label": "B"}, {"label": "C"}],
            "omitted": [{"module": "attention", "attentionItems": 25, "failed": false, "tokens": 900,
                         "reason": "25 attention items not shown (Store Z): a run makes at most 12 model calls"},
                        {"module": "memory", "reason": "over the token budget (needs 900, 400 left)",
                         "failed": false, "tokens": 900},
                        {"module": "auction-ops", "reason": "nothing to report (no data for it here)",
                         "failed": false, "tokens": 0}]})json");
        // A run with no context (skipped before assembling) does not count.
        s.exec(u"INSERT INTO mentats_runs (agent, trigger, status, started_at) VALUES ('office_manager', 'cli', "
               "'skipped', ?::timestamptz)"_s,
               {SqlSession::timestamp(local(24, 11, 30))});
        const LastContext last = DashboardSnapshot::read(s, clock).agents.at(0).lastContext;
        QCOMPARE(last.at, local(24, 11));
        QCOMPARE(last.calls, 3);
        QCOMPARE(last.attention, 100);
        QCOMPARE(last.attentionNotShown, 25);
        QVERIFY(last.notShownReason.startsWith(u"25 attention items not shown (Store Z)"_s));
        QCOMPARE(last.modulesLeftOut, QStringList{u"memory"_s}); // "nothing to report" is not left out
        QVERIFY(!DashboardSnapshot::read(s, clock).agents.at(1).lastContext.at.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDashboardSnapshot)
#include "tst_dashboardsnapshot.moc"
