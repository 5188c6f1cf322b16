// The action log added up for reports and charts: business days in the business time zone (not UTC, not the
// machine's), every day of the period present, outcomes, tools, people, and what the runs cost.
#include "actions/actionsummary.h"
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString addUser(SqlSession &s, const QString &name)
{
    return s
        .scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES (?, ?, 'x', ?, 'staff') "
                "RETURNING id::text"_s,
                {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), name})
        .toString();
}

void addAction(SqlSession &s, const QString &agent, const QString &utc, const QString &tool, const QString &userId,
               const QString &status)
{
    s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, target_user_id, reasoning, "
           "executed, execution_result, error) VALUES (?::ai_agent, gen_random_uuid(), now(), ?::timestamptz, "
           "nullif(?, ''), nullif(?, '')::uuid, 'because', ? = 'executed', "
           "CASE WHEN ? IN ('blocked', 'awaiting_approval') THEN jsonb_build_object('status', ?::text) END, "
           "CASE WHEN ? = 'failed' THEN 'the server said no' END)"_s,
           {agent, utc, tool, userId, status, status, status, status});
}

void addRun(SqlSession &s, const QString &agent, const QString &utc, const QString &status, const QVariant &cost,
            int tokens)
{
    s.exec(u"INSERT INTO mentats_runs (agent, trigger, status, started_at, cost_usd, input_tokens, output_tokens) "
           "VALUES (?, 'manual', ?, ?::timestamptz, ?::numeric, ?, ?)"_s,
           {agent, status, utc, cost, tokens, tokens / 10});
}

} // namespace

class TestActionSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUpByBusinessDay()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString ann = addUser(s, u"Ann"_s);
        const QString bob = addUser(s, u"Bob"_s);
        // Pacific time, UTC-8 in November: 07:30 UTC on the 17th is 23:30 on the 16th.
        addAction(s, u"office_manager"_s, u"2026-11-17 07:30+00"_s, u"create_task"_s, ann, u"executed"_s);
        addAction(s, u"office_manager"_s, u"2026-11-17 08:30+00"_s, u"create_task"_s, ann, u"blocked"_s);
        addAction(s, u"office_manager"_s, u"2026-11-17 20:00+00"_s, u"create_task"_s, bob, u"failed"_s);
        addAction(s, u"office_manager"_s, u"2026-11-18 20:00+00"_s, QString(), QString(), u"observation"_s);
        addAction(s, u"revenue_optimizer"_s, u"2026-11-18 21:00+00"_s, u"write_memory"_s, QString(), u"executed"_s);
        // Outside the period by minutes, on either side.
        addAction(s, u"office_manager"_s, u"2026-11-16 07:59+00"_s, u"create_task"_s, ann, u"executed"_s);
        addAction(s, u"office_manager"_s, u"2026-11-23 08:00+00"_s, u"create_task"_s, ann, u"executed"_s);
        addRun(s, u"office_manager"_s, u"2026-11-17 10:00+00"_s, u"completed"_s, u"0.5"_s, 1000);
        addRun(s, u"office_manager"_s, u"2026-11-18 10:00+00"_s, u"failed"_s, u"0.25"_s, 500);
        addRun(s, u"office_manager"_s, u"2026-11-18 11:00+00"_s, u"skipped"_s, QVariant(), 0);
        addRun(s, u"revenue_optimizer"_s, u"2026-11-19 10:00+00"_s, u"completed"_s, QVariant(), 2000);

        const QTimeZone zone("America/Los_Angeles");
        const ActionSummary::Summary sum = ActionSummary::read(s, {}, QDate(2026, 11, 16), QDate(2026, 11, 22), zone);
        QCOMPARE(sum.total, 5);
        QCOMPARE(sum.days.size(), 7);
        QCOMPARE(sum.days.at(0).date, QDate(2026, 11, 16));
        QCOMPARE(sum.days.at(0).byStatus.value(u"executed"_s), 1); // 23:30 Pacific, the 16th
        QCOMPARE(sum.days.at(1).byStatus.value(u"blocked"_s), 1);
        QCOMPARE(sum.days.at(1).byStatus.value(u"failed"_s), 1);
        QCOMPARE(sum.days.at(2).byStatus.value(u"observation"_s), 1);
        QCOMPARE(sum.days.at(2).total(), 2);
        QCOMPARE(sum.days.at(6).total(), 0); // quiet days are there, with zeros
        QCOMPARE(sum.count(u"executed"_s), 2);
        QCOMPARE(sum.byStatus.first().key, u"executed"_s);
        QCOMPARE(sum.byStatus.first().label, u"Executed"_s);
        QCOMPARE(sum.byTool.size(), 2); // the observation has no tool
        QCOMPARE(sum.byTool.at(0).key, u"create_task"_s);
        QCOMPARE(sum.byTool.at(0).count, 3);
        QCOMPARE(sum.byTool.at(1).key, u"write_memory"_s);
        QCOMPARE(sum.people.size(), 2);
        QCOMPARE(sum.people.at(0).label, u"Ann"_s);
        QCOMPARE(sum.people.at(0).count, 2);
        QCOMPARE(sum.people.at(1).key, bob);

        QCOMPARE(sum.agents.size(), 2);
        const ActionSummary::AgentTotals &om = sum.agents.at(0);
        QCOMPARE(om.agent, Agent::OfficeManager);
        QCOMPARE(om.actions, 4);
        QCOMPARE(om.runs, 2); // the skipped run called no model
        QCOMPARE(om.failedRuns, 1);
        QCOMPARE(om.costUsd, 0.75);
        QCOMPARE(om.inputTokens, 1500);
        const ActionSummary::AgentTotals &ro = sum.agents.at(1);
        QCOMPARE(ro.actions, 1);
        QCOMPARE(ro.unpricedRuns, 1); // counted apart, never as free
        QCOMPARE(ro.costUsd, 0.0);
        QCOMPARE(sum.costUsd(), 0.75);
        QCOMPARE(sum.days.at(1).costByAgent.value(Agent::OfficeManager), 0.5);
        QCOMPARE(sum.days.at(2).costByAgent.value(Agent::OfficeManager), 0.25);

        ActionLog::Filter optimizer;
        optimizer.agent = Agent::RevenueOptimizer;
        const ActionSummary::Summary ro2 =
            ActionSummary::read(s, optimizer, QDate(2026, 11, 16), QDate(2026, 11, 22), zone);
        QCOMPARE(ro2.total, 1);
        QCOMPARE(ro2.agents.size(), 1);
        QCOMPARE(ro2.agents.first().agent, Agent::RevenueOptimizer);
        QCOMPARE(ro2.costUsd(), 0.0);

        ActionLog::Filter blocked;
        blocked.status = u"blocked"_s;
        blocked.toolName = u"create_task"_s;
        const ActionSummary::Summary b =
            ActionSummary::read(s, blocked, QDate(2026, 11, 16), QDate(2026, 11, 22), zone);
        QCOMPARE(b.total, 1);
        QCOMPARE(b.people.size(), 1);

        // In Auckland the same instants fall on other days.
        const ActionSummary::Summary nz =
            ActionSummary::read(s, {}, QDate(2026, 11, 17), QDate(2026, 11, 17), QTimeZone("Pacific/Auckland"));
        QCOMPARE(nz.total, 2); // 07:30 and 08:30 UTC on the 17th are the evening of the 17th there
    }

    void refusesBadPeriods()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QTimeZone zone("America/Los_Angeles");
        QVERIFY_THROWS_EXCEPTION(DbError, ActionSummary::read(s, {}, QDate(2026, 11, 22), QDate(2026, 11, 16), zone));
        QVERIFY_THROWS_EXCEPTION(DbError, ActionSummary::read(s, {}, QDate(2025, 1, 1), QDate(2026, 11, 16), zone));
        ActionLog::Filter bad;
        bad.status = u"done"_s;
        QVERIFY_THROWS_EXCEPTION(DbError, ActionSummary::read(s, bad, QDate(2026, 11, 16), QDate(2026, 11, 16), zone));
        QCOMPARE(ActionSummary::read(s, {}, QDate(2026, 1, 1), QDate(2026, 12, 31), zone).days.size(), 365);
    }

    void lastWeekIsMondayToSunday()
    {
        using P = std::pair<QDate, QDate>;
        QCOMPARE(ActionSummary::lastWeek(QDate(2026, 11, 25)), P(QDate(2026, 11, 16), QDate(2026, 11, 22))); // Wed
        QCOMPARE(ActionSummary::lastWeek(QDate(2026, 11, 23)), P(QDate(2026, 11, 16), QDate(2026, 11, 22))); // Mon
        QCOMPARE(ActionSummary::lastWeek(QDate(2026, 11, 22)), P(QDate(2026, 11, 9), QDate(2026, 11, 15)));  // Sun
    }
};

QTEST_GUILESS_MAIN(TestActionSummary)
#include "tst_actionsummary.moc"
