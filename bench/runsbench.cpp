// mentats-bench-runs: what a run costs in time on the demo business apart from the model (the offline rules answer
// instantly), how fast the executor decides a tool call, and how fast the action log pages at a million rows.
// The action log's rows go into a copy of the demo, so that a kept demo stays as it was built.
// Run: build/bench/mentats-bench-runs [--rows N] [--dir DIR] [--tiny]
#include "actions/actionlog.h"
#include "auth/passwordhash.h"
#include "auth/signin.h"
#include "context/contextrequestloader.h"
#include "core/bootstrap.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "demo/demodatabase.h"
#include "llm/rulesprovider.h"
#include "runs/agentrunner.h"
#include "support/benchcluster.h"
#include "support/benchtiming.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

BenchOptions g_options;

void print(const char *what, const BenchTiming &t)
{
    std::printf("  %-52s median %8.2f ms  min %8.2f  max %8.2f  (%d)\n", what, t.medianMs, t.minMs, t.maxMs, t.rounds);
}

BenchTiming time(int rounds, const std::function<void()> &work)
{
    return BenchTiming::measure(g_options.rounds(rounds), work);
}

RunResult runOnce(AgentRunner &runner, const RunOptions &options)
{
    QEventLoop loop;
    RunResult result;
    QCoro::connect(runner.run(options), &loop, [&](const RunResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

void benchRuns(const ConnectionSettings &settings)
{
    std::printf("Whole runs, offline rules provider (no model latency):\n");
    AgentRunner runner(settings);
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        RunOptions options;
        options.agent = agent;
        options.trigger = RunClaim::Trigger::DryRun;
        options.dryRun = true;
        options.callEvenIfQuiet = true;
        options.provider = std::make_shared<RulesProvider>();
        RunResult last;
        const BenchTiming t = time(10, [&] { last = runOnce(runner, options); });
        print(qPrintable(u"%1 dry run (%2 actions)"_s.arg(Agents::displayName(agent)).arg(last.actionsLogged)), t);
    }
}

void benchExecutor(SqlSession &session)
{
    std::printf("Tool calls through every control:\n");
    const ToolExecutor executor(ToolRegistry::all());
    const ContextRequest request = ContextRequestLoader::load(session, Agent::OfficeManager, Clock::system());
    const QString staff =
        session
            .scalar(u"SELECT id::text FROM users WHERE is_active AND role = 'staff' AND id::text <> ? "
                    "ORDER BY name LIMIT 1"_s,
                    {request.aiSystemUserId})
            .toString();
    const ToolContext dry{u"00000000-0000-4000-8000-00000000be0c"_s, Agent::OfficeManager, true, request.aiSystemUserId,
                          &request};
    LlmToolCall call;
    call.name = u"send_direct_message"_s;
    call.arguments = {{"toUserId", staff.toStdString()}, {"message", "Hi, your shift started 20 minutes ago. All OK?"}};
    const ActionLogFields log{QDateTime::currentDateTimeUtc(), nlohmann::json::object(), 0, u"bench"_s};
    print("send_direct_message, dry run (validate, controls, log)",
          time(200, [&] { executor.handle(session, call, dry, log); }));
    LlmToolCall invalid = call;
    invalid.arguments["toUserId"] = "Ana";
    print("send_direct_message, invalid id (told to the model)",
          time(200, [&] { executor.handle(session, invalid, dry, log); }));
}

void benchSignIn(SqlSession &session)
{
    std::printf("Console sign-in:\n");
    const QString hash = PasswordHash::hash(u"correct horse battery"_s);
    print("Argon2id verification (TeamTime's m=19456, t=2, p=1)",
          time(20, [&] { PasswordHash::verify(hash, u"correct horse battery"_s); }));
    print("sign-in with an unknown account (same work)",
          time(20, [&] { SignIn::authenticate(session, u"nobody@example.com"_s, u"whatever"_s); }));
}

void benchActionLog(SqlSession &session, int rows)
{
    std::printf("Action log at %d rows:\n", rows);
    QElapsedTimer fill;
    fill.start();
    session.exec(u"SET statement_timeout = 0"_s); // a million rows and their indexes; the reads run under the limit
    session.exec(
        u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, executed, "
        "execution_result, blocked_reason, reasoning) "
        "SELECT CASE WHEN i % 10 = 0 THEN 'revenue_optimizer' ELSE 'office_manager' END::ai_agent, "
        "gen_random_uuid(), now() - make_interval(secs => i * 30), now() - make_interval(secs => i * 30), "
        "(ARRAY['send_direct_message', 'create_task', 'send_notification', 'flag_for_manager'])[1 + i % 4], "
        "jsonb_build_object('message', 'Reminder number ' || i), i % 3 = 0, "
        "jsonb_build_object('status', (ARRAY['executed', 'blocked', 'dry_run'])[1 + i % 3]), "
        "CASE WHEN i % 3 = 1 THEN 'Not done: cooldown' END, "
        "CASE WHEN i % 1000 = 7 THEN 'The till at Harbor was short' ELSE 'Late again' END "
        "FROM generate_series(1, %1) AS i"_s.arg(rows));
    session.exec(u"ANALYZE ai_actions"_s);
    session.exec(u"RESET statement_timeout"_s);
    std::printf("  (filled in %.1f s)\n", double(fill.elapsed()) / 1000);
    const auto page = [&](const char *what, const ActionLog::Filter &filter) {
        qsizetype got = 0;
        const BenchTiming t = time(20, [&] { got = ActionLog::page(session, filter).size(); });
        print(qPrintable(u"%1 → %2 rows"_s.arg(QString::fromLatin1(what)).arg(got)), t);
    };
    ActionLog::Filter newest;
    page("newest 50", newest);
    const SqlRows deep = session.select(
        u"SELECT created_at::text, id::text FROM ai_actions ORDER BY created_at DESC, id DESC OFFSET %1 LIMIT 1"_s.arg(
            rows * 9 / 10));
    ActionLog::Filter keyset;
    keyset.afterCursor = deep.rows.front().at(0).toString();
    keyset.afterId = deep.rows.front().at(1).toString();
    page("50 after a cursor 90% deep (keyset)", keyset);
    ActionLog::Filter blocked;
    blocked.status = u"blocked"_s;
    blocked.agent = Agent::OfficeManager;
    page("office manager, blocked", blocked);
    ActionLog::Filter tool;
    tool.toolName = u"flag_for_manager"_s;
    tool.since = QDateTime::currentDateTimeUtc().addDays(-30);
    page("flag_for_manager, last 30 days", tool);
    ActionLog::Filter text;
    text.text = u"till at harbor"_s; // one row in a thousand
    page("text search, 1 in 1000 rows match", text);
    ActionLog::Filter nothing;
    nothing.text = u"no such words"_s;
    page("text search, no row matches", nothing);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-runs"_s);
    g_options = BenchOptions::parse(u"runs"_s, QCoreApplication::arguments());
    const int rows = g_options.value(u"--rows"_s, 1000000, 2000);
    try {
        BenchCluster bench(g_options);
        const DemoDatabase::StartResult started = bench.startDemo(DemoOptions{});
        std::printf("small demo (%s)\n", qPrintable(BenchCluster::describe(started.settings)));
        const ConnectionSettings copy = bench.scratchCopy();
        benchRuns(copy);
        {
            SqlSession session(u"bench-runs"_s, copy);
            benchExecutor(session);
            benchSignIn(session);
            benchActionLog(session, rows);
        }
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-runs: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
