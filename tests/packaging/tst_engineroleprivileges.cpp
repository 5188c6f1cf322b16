// packaging/sql/mentats-engine-role.sql, run with the real psql on each TeamTime version: the role it makes passes the
// engine's whole scenario (scheduled runs of both agents calling every writing tool, an approval, the roll-up, a POS
// import, the dashboard, the action log, the doctor, the console's tool settings) and is refused everything else
// with insufficient_privilege; the script is idempotent and never shows a password; and `mentats migrate` as a role
// that cannot change the schema says to run it as the owner.
#include "actions/actionlog.h"
#include "clirunner.h"
#include "cluster/pgbinaries.h"
#include "core/businesscalendar.h"
#include "dashboard/dashboardsnapshot.h"
#include "db/dberror.h"
#include "demo/demodatagenerator.h"
#include "demo/demohistory.h"
#include "diagnostics/doctor.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "metrics/importrequest.h"
#include "metrics/metricsimporter.h"
#include "metrics/metricsrollup.h"
#include "migrations/migrator.h"
#include "scheduler/scheduler.h"
#include "testcluster.h"
#include "testdatabase.h"
#include "tools/approvalqueue.h"
#include "tools/toolcontrolstore.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"
#include "wait.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QTimeZone kPacific("America/Los_Angeles");
// A Tuesday morning in the business's time zone: the demo is laid out around it and the scheduler runs at it.
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), kPacific).toUTC();
const QString kPassword = u"engine role test password 7f3a"_s;

struct Psql
{
    int exitCode = -1;
    QString output; // standard output and error together, as an operator sees them
};

// The script as an administrator runs it: psql, connected as the database's owner, `-v engine_role=…`.
Psql runScript(const ConnectionSettings &owner, const QString &role,
               const QString &script = QStringLiteral(MENTATS_ENGINE_ROLE_SQL))
{
    QString psql = QDir(PgBinaries::locate().binDir).filePath(u"psql"_s);
    if (!QFileInfo(psql).isExecutable())
        psql = QStandardPaths::findExecutable(u"psql"_s);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGHOST"_s, owner.host);
    env.insert(u"PGPORT"_s, QString::number(owner.port));
    env.insert(u"PGUSER"_s, owner.user);
    env.insert(u"PGDATABASE"_s, owner.database);
    env.remove(u"PGPASSWORD"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{u"--no-psqlrc"_s};
    if (!role.isEmpty())
        arguments << u"-v"_s << u"engine_role="_s + role;
    arguments << u"-f"_s << script;
    process.start(psql, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
}

// The role is the cluster's, not the database's: dropped once the test's database has gone.
class RoleGuard
{
public:
    explicit RoleGuard(const QString &prefix)
    {
        static int serial = 0;
        m_name = u"%1_%2_%3"_s.arg(prefix).arg(QCoreApplication::applicationPid()).arg(++serial);
    }
    ~RoleGuard()
    {
        try {
            SqlSession admin(u"role-guard-"_s + m_name, TestCluster::instance().settings(u"postgres"_s));
            admin.exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_name));
        } catch (const DbError &error) {
            qWarning("could not drop the role %s: %s", qPrintable(m_name), qPrintable(error.message()));
        }
    }
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// The SQLSTATE a statement fails with, run as `session`'s role; empty when it succeeds.
QString failureOf(SqlSession &session, const QString &sql)
{
    try {
        session.exec(sql);
    } catch (const DbError &error) {
        return error.sqlState().isEmpty() ? u"?"_s : error.sqlState();
    }
    return {};
}

} // namespace

class TestEngineRolePrivileges : public QObject
{
    Q_OBJECT

private:
    void scenario(TestDatabase::Schema schema)
    {
        auto clock = std::make_shared<FixedClock>(kNow);
        const BusinessCalendar calendar(kPacific, clock);

        // As the owner: TeamTime with the demo business, the migrations, two weeks of agent history.
        const RoleGuard role(u"mentats_engine"_s);
        TestDatabase db(schema);
        SqlSession &owner = db.session();
        DemoOptions demo;
        DemoDataGenerator(demo, calendar).generate(owner);
        Migrator().migrate(owner);
        DemoHistory::write(owner, calendar, demo.seed);
        owner.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, cron_schedule = '30 10 * * *'"_s);

        // The script, twice (it is run again after every upgrade), with a password set in between by the owner.
        const Psql first = runScript(db.settings(), role.name());
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        QVERIFY2(first.output.contains(u"created role "_s + role.name()), qPrintable(first.output));
        owner.exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role.name(), kPassword));
        const QString hash =
            owner.scalar(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {role.name()}).toString();
        QVERIFY(hash.startsWith(u"SCRAM-SHA-256$"_s));
        const Psql again = runScript(db.settings(), role.name());
        QVERIFY2(again.exitCode == 0, qPrintable(again.output));
        QVERIFY2(!again.output.contains(u"created role"_s), qPrintable(again.output));
        for (const Psql &run : {first, again}) {
            QVERIFY2(!run.output.contains(kPassword) && !run.output.contains(u"SCRAM"_s) &&
                         !run.output.contains(u"PASSWORD"_s, Qt::CaseSensitive),
                     qPrintable(run.output));
            QVERIFY2(run.output.contains(u"\\password \"%1\""_s.arg(role.name())), qPrintable(run.output));
        }
        QCOMPARE(owner.scalar(u"SELECT rolpassword FROM pg_authid WHERE rolname = ?"_s, {role.name()}).toString(),
                 hash);
        QCOMPARE(owner
                     .select(u"SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolreplication, "
                             "rolbypassrls FROM pg_roles WHERE rolname = ?"_s,
                             {role.name()})
                     .rows.front(),
                 (QVariantList{true, false, false, false, false, false, false}));

        ConnectionSettings asRole = db.settings();
        asRole.user = role.name();
        asRole.password = kPassword;
        SqlSession engine(u"engine-role-"_s + db.name(), asRole);
        QCOMPARE(engine.scalar(u"SELECT current_user"_s).toString(), role.name());
        const auto count = [&engine](const QString &sql, const QVariantList &params = {}) {
            return engine.scalar(sql, params).toInt();
        };

        // The people the model will name, as the context would show them.
        const SqlRows staff = owner.select(u"SELECT id::text, name FROM users WHERE role = 'staff' AND is_active "
                                           "AND name IN (SELECT name FROM users GROUP BY name HAVING count(*) = 1) "
                                           "ORDER BY name LIMIT 3"_s);
        QCOMPARE(staff.size(), 3);
        const QString ana = staff.rows.at(0).at(0).toString(), ben = staff.rows.at(1).at(0).toString(),
                      cy = staff.rows.at(2).at(0).toString();
        const QString manager =
            owner
                .scalar(
                    u"SELECT id::text FROM users WHERE role IN ('admin', 'manager') AND is_active ORDER BY name LIMIT 1"_s)
                .toString();
        const QString location = owner.scalar(u"SELECT id::text FROM locations ORDER BY name LIMIT 1"_s).toString();
        const QString locationName = owner.scalar(u"SELECT name FROM locations ORDER BY name LIMIT 1"_s).toString();

        // Startup as the role: the schema is up to date and the doctor is content.
        QCOMPARE(Migrator().inspect(engine).pendingCount(), 0);
        QVERIFY(Migrator().migrate(engine).isEmpty());
        const QList<DoctorCheck> checks = Wait::forTask(Doctor(asRole).run());
        for (const DoctorCheck &check : checks)
            QVERIFY2(check.verdict == DoctorCheck::Verdict::Ok, qPrintable(check.title + u": "_s + check.detail));
        QVERIFY(checks.size() >= 5);
        QVERIFY(std::ranges::find(checks, u"Privileges"_s, &DoctorCheck::title) != checks.end());

        // A grant gone missing (as when the script is not run again after an upgrade): the doctor names it, and
        // running the script again mends it.
        owner.exec(u"REVOKE INSERT ON mentats_runs FROM %1"_s.arg(role.name()));
        owner.exec(u"REVOKE DELETE ON ai_cooldowns FROM %1"_s.arg(role.name()));
        const QList<DoctorCheck> afterRevoke = Wait::forTask(Doctor(asRole).run());
        const auto privileges = std::ranges::find(afterRevoke, u"Privileges"_s, &DoctorCheck::title);
        QVERIFY(privileges != afterRevoke.end());
        QCOMPARE(privileges->verdict, DoctorCheck::Verdict::Failed);
        QVERIFY2(privileges->detail.startsWith(
                     u"%1 may not DELETE on ai_cooldowns, INSERT on mentats_runs: "_s.arg(role.name())),
                 qPrintable(privileges->detail));
        QVERIFY(privileges->detail.contains(u"Run mentats-engine-role.sql again"_s));
        QCOMPARE(runScript(db.settings(), role.name()).exitCode, 0);
        QVERIFY(Doctor::allPassed(Wait::forTask(Doctor(asRole).run())));

        // A manager asks, on the Tools & Context page, to approve every task first (ai_tool_config + audit_logs).
        ToolControlStore::Controls controls = ToolControlStore::load(engine, Agent::OfficeManager, clock->nowUtc());
        QVERIFY(controls.tablesExist);
        for (ToolControlStore::ToolControl &tool : controls.tools) {
            if (tool.name == u"create_task"_s)
                tool.settings.requiresApproval = true;
        }
        ToolControlStore::save(engine, Agent::OfficeManager, controls.tools, {}, manager);
        QCOMPARE(count(u"SELECT count(*) FROM audit_logs WHERE user_id = ?::uuid"_s, {manager}), 1);

        // One scheduler pass: the Office Manager calls each of its tools, then the Revenue Optimizer (after the
        // week's roll-up) each of its own.
        FakeLlmServer server;
        json office = FakeLlmServer::anthropicToolUse(
            u"toolu_1"_s, u"send_direct_message"_s,
            {{"toUserId", ana.toStdString()}, {"message", "Hi, your shift started a while ago. All OK?"}}, u"Late."_s);
        office["content"].push_back(
            {{"type", "tool_use"},
             {"id", "toolu_2"},
             {"name", "send_notification"},
             {"input",
              {{"toUserId", ben.toStdString()}, {"kind", "shift_reminder"}, {"title", "Your shift starts soon"}}}});
        office["content"].push_back({{"type", "tool_use"},
                                     {"id", "toolu_3"},
                                     {"name", "create_task"},
                                     {"input",
                                      {{"assigneeId", cy.toStdString()},
                                       {"title", "Count the till"},
                                       {"priority", "high"},
                                       {"dueInMinutes", 60}}}});
        office["content"].push_back(
            {{"type", "tool_use"},
             {"id", "toolu_4"},
             {"name", "flag_for_manager"},
             {"input", {{"reason", "Ana is late again this week."}, {"relatedUserId", ana.toStdString()}}}});
        server.enqueue(FakeLlmServer::Reply::json(office));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Done for now."_s)));
        json optimizer = FakeLlmServer::anthropicToolUse(u"toolu_5"_s, u"write_memory"_s,
                                                         {{"scope", "user"},
                                                          {"userId", ana.toStdString()},
                                                          {"memoryType", "pattern"},
                                                          {"content", "Often late on Tuesdays; usually calls ahead."},
                                                          {"confidence", 0.7},
                                                          {"expiresInDays", 30}},
                                                         u"A pattern."_s);
        optimizer["content"].push_back({{"type", "tool_use"},
                                        {"id", "toolu_6"},
                                        {"name", "update_policy"},
                                        {"input",
                                         {{"action", "create"},
                                          {"scope", "location"},
                                          {"locationId", location.toStdString()},
                                          {"content", "Remind closers about the till count at 17:30."},
                                          {"priority", 70}}}});
        optimizer["content"].push_back(
            {{"type", "tool_use"},
             {"id", "toolu_7"},
             {"name", "draft_report"},
             {"input",
              {{"title", "November: Tuesdays run late"},
               {"summary", "Lateness is up on Tuesdays; sales held up. One change proposed."},
               {"body", "## Findings\n\n- Tuesday lateness 18% (other days 7%)."},
               {"periodStart", "2026-11-01"},
               {"periodEnd", "2026-11-23"}}}});
        optimizer["content"].push_back({{"type", "tool_use"},
                                        {"id", "toolu_8"},
                                        {"name", "propose_kpi_thresholds"},
                                        {"input",
                                         {{"proposals",
                                           {{{"metric", "lateness_rate"},
                                             {"direction", "at_most"},
                                             {"threshold", 0.08},
                                             {"rationale", "Company-wide lateness is 7.4% outside Tuesdays."}}}}}}});
        server.enqueue(FakeLlmServer::Reply::json(optimizer));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Noted."_s)));
        qputenv("MENTATS_ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        Scheduler::Options options;
        options.host = u"engine-role-test"_s;
        options.apiKey = [](Agent, const QString &) { return u"sk-ant-test"_s; };
        Scheduler scheduler(asRole, clock, options);
        const TickReport tick = Wait::forTask(scheduler.tick());
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
        QVERIFY2(tick.problems.isEmpty(), qPrintable(tick.problems.join(u"; "_s)));
        QCOMPARE(tick.runs.size(), 2);
        QVERIFY2(tick.metricsRollup.startsWith(u"Rolled up 2026-11-17 to 2026-11-23 (7 days"_s),
                 qPrintable(tick.metricsRollup));
        const RunResult &om = tick.runs.at(0).result;
        QCOMPARE(tick.runs.at(0).agent, Agent::OfficeManager);
        QVERIFY2(om.status == RunStatus::Completed, qPrintable(RunStatuses::toText(om.status) + u": "_s + om.reason));
        QCOMPARE(om.executed, 3);
        QCOMPARE(om.awaitingApproval, 1);
        const RunResult &ro = tick.runs.at(1).result;
        QCOMPARE(tick.runs.at(1).agent, Agent::RevenueOptimizer);
        QVERIFY2(ro.status == RunStatus::Completed, qPrintable(RunStatuses::toText(ro.status) + u": "_s + ro.reason));
        QCOMPARE(ro.executed, 4);
        QCOMPARE(server.requests().size(), 4);
        // Each effect landed.
        const QString dm = u"SELECT count(*) FROM messages m JOIN conversation_participants p ON p.conversation_id = "
                           "m.conversation_id AND p.user_id = ?::uuid WHERE m.content = ?"_s;
        QCOMPARE(count(dm, {ana, u"Hi, your shift started a while ago. All OK?"_s}), 1);
        QCOMPARE(
            count(u"SELECT count(*) FROM notifications WHERE user_id = ?::uuid AND title = 'Your shift starts soon'"_s,
                  {ben}),
            1);
        QVERIFY(count(u"SELECT count(*) FROM notifications WHERE data::text LIKE '%Ana is late again this week.%' "
                      "OR body LIKE '%Ana is late again this week.%'"_s) >= 1);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM ai_memory WHERE user_id = ?::uuid AND content LIKE 'Often late on Tuesdays%'"_s,
                {ana}),
            1);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM ai_policy_notes WHERE content = 'Remind closers about the till count at 17:30.'"_s),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM mentats_reports WHERE title = 'November: Tuesdays run late'"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM mentats_kpi_proposals"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM ai_cooldowns WHERE user_id = ?::uuid"_s, {ana}), 2);
        QVERIFY(
            count(u"SELECT count(*) FROM staff_metrics_daily WHERE date >= '2026-11-17 00:00 America/Los_Angeles'"_s) >
            0);
        QCOMPARE(count(u"SELECT count(*) FROM mentats_runs WHERE host = 'engine-role-test' AND status = 'completed'"_s),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM tasks WHERE title = 'Count the till'"_s), 0); // not before approval

        // A manager approves the task on the Approvals page: every check again, then it is done.
        const ToolExecutor executor(ToolRegistry::all());
        const ApprovalQueue queue(executor, clock);
        QCOMPARE(queue.expire(engine), 0);
        QList<ApprovalQueue::Pending> pending = queue.pending(engine); // the demo's history has some too
        pending.removeIf([&om](const ApprovalQueue::Pending &p) { return p.runId != om.runId; });
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.front().toolName, u"create_task"_s);
        const int assignedBefore =
            count(u"SELECT count(*) FROM notifications WHERE user_id = ?::uuid AND type = 'task_assigned'"_s, {cy});
        const ApprovalQueue::Decision approved = queue.approve(engine, pending.front().id, u"manager@store"_s, manager);
        QVERIFY2(approved.status == u"approved"_s, qPrintable(approved.message));
        QCOMPARE(count(u"SELECT count(*) FROM tasks WHERE title = 'Count the till' AND assigned_to = ?::uuid"_s, {cy}),
                 1);
        QCOMPARE(
            count(u"SELECT count(*) FROM notifications WHERE user_id = ?::uuid AND type = 'task_assigned'"_s, {cy}),
            assignedBefore + 1);

        // A POS import of yesterday's sales, and the roll-up of the days it changed.
        const QString seller = staff.rows.at(1).at(1).toString();
        ImportMapping mapping;
        mapping.kind = ImportMapping::Kind::Pos;
        mapping.columns = {{u"date"_s, u"Date"_s},
                           {u"employee"_s, u"Employee"_s},
                           {u"location"_s, u"Store"_s},
                           {u"amount"_s, u"Amount"_s},
                           {u"transaction_ref"_s, u"Receipt"_s}};
        ImportRequest request;
        request.mapping = mapping;
        request.fileName = u"sales.csv"_s;
        request.importedBy = u"manager@store"_s;
        request.content = u"Date,Employee,Store,Amount,Receipt\n2026-11-23 11:15,%1,%2,125.50,ROLE-1\n"
                          "2026-11-23 12:40,%1,%2,74.50,ROLE-2\n"_s.arg(seller, locationName)
                              .toUtf8();
        const ImportReport imported = MetricsImporter::run(engine, request);
        QCOMPARE(int(imported.outcome), int(ImportReport::Outcome::Imported));
        QCOMPARE(imported.rowsImported, 2);
        const MetricsRollup::Report rolled =
            MetricsRollup::forDatabase(engine, clock)
                .runAffected(engine, imported.changedFirstDay, imported.changedLastDay);
        QVERIFY(rolled.days >= 1);
        QCOMPARE(engine
                     .scalar(u"SELECT total_sales::text FROM staff_metrics_daily s JOIN users u ON u.id = s.user_id "
                             "WHERE u.name = ? AND s.date = '2026-11-23 00:00 America/Los_Angeles'"_s,
                             {seller})
                     .toString()
                     .toDouble(),
                 200.0);

        // What the console shows: the dashboard and the action log.
        const DashboardSnapshot dashboard = DashboardSnapshot::read(engine, clock);
        QCOMPARE(dashboard.agents.size(), 2);
        QCOMPARE(dashboard.agents.at(0).executedToday, 4); // three in the run, and the approved task
        QCOMPARE(dashboard.agents.at(1).executedToday, 4);
        QVERIFY(dashboard.agents.at(1).activeMemories >= 1);
        QVERIFY(!dashboard.recent.isEmpty());
        ActionLog::Filter filter;
        filter.runId = om.runId;
        QCOMPARE(ActionLog::count(engine, filter), 5); // four calls and the approval that ran the fourth
        const QList<ActionLog::Entry> page = ActionLog::page(engine, filter);
        QCOMPARE(page.size(), 5);
        const ActionLog::Details details = ActionLog::details(engine, page.front().id);
        QCOMPARE(details.runStatus, RunStatus::Completed);
        QVERIFY(ActionLog::count(engine, {}) > 8); // the demo's history too

        // The real CLI, connected as the role.
        CliRunner cli;
        const CliResult doctor = cli.run({u"doctor"_s, u"--db"_s, asRole.toUrl()});
        QVERIFY2(doctor.exitCode == 0, qPrintable(doctor.out + doctor.err));
        const CliResult check = cli.run({u"migrate"_s, u"--check"_s, u"--db"_s, asRole.toUrl()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        // And nothing else.
        const QString denied = u"42501"_s;
        QCOMPARE(failureOf(engine, u"UPDATE users SET name = name || '!'"_s), denied);
        QCOMPARE(
            failureOf(engine, u"INSERT INTO users (email, username, pin_hash, name) VALUES ('x@x', 'x', 'x', 'X')"_s),
            denied);
        QCOMPARE(failureOf(engine, u"SELECT pin_hash FROM users LIMIT 1"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM users"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM time_entries"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE time_entries SET notes = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE shifts SET notes = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM audit_logs"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE audit_logs SET action = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE ai_actions SET reasoning = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM ai_actions"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM messages"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE messages SET content = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"UPDATE conversations SET title = 'x'"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM tasks"_s), denied);
        QCOMPARE(failureOf(engine, u"TRUNCATE messages"_s), denied);
        QCOMPARE(failureOf(engine, u"TRUNCATE mentats_runs"_s), denied);
        QCOMPARE(failureOf(engine, u"DELETE FROM mentats_runs"_s), denied);
        QCOMPARE(failureOf(engine,
                           u"INSERT INTO mentats_schema_migrations (version, name, checksum) VALUES (999, 'x', 'x')"_s),
                 denied);
        QCOMPARE(failureOf(engine, u"DROP TABLE mentats_settings"_s), denied);
        QCOMPARE(failureOf(engine, u"ALTER TABLE ai_actions ADD COLUMN x int"_s), denied);
        QCOMPARE(failureOf(engine, u"CREATE TABLE mentats_sneaky (id int)"_s), denied);
        QCOMPARE(failureOf(engine, u"CREATE TYPE mentats_sneaky AS ENUM ('x')"_s), denied);
        QCOMPARE(failureOf(engine, u"SELECT count(*) FROM sessions"_s), denied);
        QCOMPARE(failureOf(engine, u"SELECT count(*) FROM two_factor_codes"_s), denied);
        QCOMPARE(failureOf(engine, u"CREATE ROLE mentats_sneaky"_s), denied);
        QCOMPARE(failureOf(engine, u"SET ROLE mentats"_s), denied);

        // One migration pending (as after an upgrade): the role may see it, never apply it.
        owner.exec(u"DELETE FROM mentats_schema_migrations WHERE version = (SELECT max(version) FROM "
                   "mentats_schema_migrations)"_s);
        QCOMPARE(Migrator().inspect(engine).pendingCount(), 1);
        try {
            Migrator().migrate(engine);
            QFAIL("the role migrated");
        } catch (const DbError &error) {
            QVERIFY2(error.message().contains(u"run `mentats migrate` as TeamTime's database owner"_s),
                     qPrintable(error.message()));
        }
        const CliResult refused = cli.run({u"migrate"_s, u"--db"_s, asRole.toUrl()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString(refused.out + refused.err).contains(u"as TeamTime's database owner"_s),
                 qPrintable(refused.out + refused.err));
        engine.close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(MENTATS_ENGINE_ROLE_SQL)), MENTATS_ENGINE_ROLE_SQL);
        qunsetenv("ANTHROPIC_API_KEY");
    }

    void passesTheScenarioAndIsRefusedTheRest_data()
    {
        QTest::addColumn<TestDatabase::Schema>("schema");
        QTest::newRow("baseline") << TestDatabase::Schema::Baseline;
        QTest::newRow("first AI release") << TestDatabase::Schema::FirstAiRelease;
        QTest::newRow("current") << TestDatabase::Schema::Current;
    }

    void passesTheScenarioAndIsRefusedTheRest()
    {
        QFETCH(TestDatabase::Schema, schema);
        try {
            scenario(schema);
        } catch (const DbError &error) {
            QFAIL(qPrintable(u"As the role: "_s + error.message() + u" ("_s + error.sqlState() + u")"_s));
        }
    }

    // Before `mentats migrate` there is nothing to grant on: the script says what to do and changes nothing.
    void refusesADatabaseNotYetMigrated()
    {
        const RoleGuard role(u"mentats_engine"_s);
        TestDatabase db(TestDatabase::Schema::Baseline);
        const Psql run = runScript(db.settings(), role.name());
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.output.contains(u"run `mentats migrate` as TeamTime's database owner first"_s),
                 qPrintable(run.output));
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, {role.name()}).toInt(), 0);
    }

    // Never a role that matters for something else: a superuser or the owner itself.
    void refusesToTakeOverAnotherRole()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        Migrator().migrate(db.session());
        const Psql owner = runScript(db.settings(), db.settings().user);
        QVERIFY(owner.exitCode != 0);
        QVERIFY2(owner.output.contains(u"is a superuser: choose another name"_s), qPrintable(owner.output));
        QCOMPARE(db.session().scalar(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s).toBool(), true);
    }

    // A role that owns TeamTime's tables but may not create in the schema: the migrator's message says what to do,
    // not just "permission denied for schema public".
    void migratorSaysToMigrateAsTheOwner()
    {
        const RoleGuard role(u"mentats_table_owner"_s);
        TestDatabase db(TestDatabase::Schema::Empty);
        SqlSession &owner = db.session();
        owner.exec(u"CREATE ROLE %1 LOGIN NOINHERIT"_s.arg(role.name()));
        for (const char *table :
             {"users", "locations", "tasks", "task_completions", "messages", "conversation_participants", "shifts",
              "time_entries", "purchase_requests", "atm_withdrawals", "notifications"}) {
            owner.exec(u"CREATE TABLE %1 (id uuid PRIMARY KEY)"_s.arg(QString::fromLatin1(table)));
            owner.exec(u"ALTER TABLE %1 OWNER TO %2"_s.arg(QString::fromLatin1(table), role.name()));
        }
        owner.exec(u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s);
        ConnectionSettings asRole = db.settings();
        asRole.user = role.name();
        {
            SqlSession session(u"table-owner-"_s + db.name(), asRole);
            try {
                Migrator().migrate(session);
                QFAIL("migrated without the right to create");
            } catch (const DbError &error) {
                QCOMPARE(error.kind(), DbError::Kind::Migration);
                QCOMPARE(error.sqlState(), u"42501"_s);
                QVERIFY2(
                    error.message().startsWith(u"Migration 0001 (ai_enums) needs privileges the role \"%1\" does not "
                                               "have ("_s.arg(role.name())),
                    qPrintable(error.message()));
                QVERIFY2(error.message().contains(u"permission denied for schema public"_s),
                         qPrintable(error.message()));
                QVERIFY2(
                    error.message().endsWith(u"migrations must be run by TeamTime's database owner, so run `mentats "
                                             "migrate` as that role. Nothing was changed."_s),
                    qPrintable(error.message()));
            }
            QVERIFY(!session.hasTable(u"mentats_schema_migrations"_s));
        }
        owner.exec(u"REASSIGN OWNED BY %1 TO current_user"_s.arg(role.name()));
    }
};

QTEST_GUILESS_MAIN(TestEngineRolePrivileges)
#include "tst_engineroleprivileges.moc"
