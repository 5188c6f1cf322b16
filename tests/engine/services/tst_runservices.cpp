// The dry-run and replay services against a real database, on the offline rules provider: the preview is what the
// agent would be given now (within its own budget, with its tools), a run asked for through the service is a dry run
// whatever the options said, and a recorded run can be listed, replayed and compared with its replay.
#include "fixedclock.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "services/dryrunservice.h"
#include "services/enginesession.h"
#include "services/replayservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone("America/Los_Angeles")).toUTC();
}

class TestRunServices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EngineSession> m_session;

    SqlSession &s() { return m_db->session(); }

    RunResult rulesDryRun()
    {
        RunOptions options;
        options.trigger = RunClaim::Trigger::Manual; // the service makes it a dry run all the same
        options.dryRun = false;
        options.callEvenIfQuiet = true;
        options.provider = std::make_shared<RulesProvider>();
        return Wait::forTask(m_session->dryRuns().dryRun(options));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, max_tokens_context = 1200"_s);
        m_session = std::make_unique<EngineSession>(m_db->settings(), std::make_shared<FixedClock>(kNow));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void previewsWhatTheAgentWouldBeGiven()
    {
        const DryRunService::Preview preview = Wait::forTask(m_session->dryRuns().preview(Agent::OfficeManager));
        QVERIFY(!preview.context.modules.isEmpty());
        QVERIFY(preview.context.totalTokens() <= 1200); // the agent's own budget
        QVERIFY(!preview.prompt.systemText().isEmpty());
        const nlohmann::json tools = nlohmann::json::parse(preview.tools.toStdString());
        QVERIFY(tools.is_array() && !tools.empty());
        QVERIFY(tools.front().contains("input_schema"));
    }

    void runsOnlyDryRuns()
    {
        const RunResult result = rulesDryRun();
        QCOMPARE(result.status, RunStatus::Completed);
        const SqlRows run =
            s().select(u"SELECT trigger, dry_run FROM mentats_runs WHERE id = ?::uuid"_s, {result.runId});
        QCOMPARE(run.rows.front(), (QVariantList{u"dry_run"_s, true}));
    }

    void replaysAndCompares()
    {
        const QString original = rulesDryRun().runId;
        // Asked for by its id, the run's agent is the one shown, whatever agent was asked for.
        const ReplayService::Choices choices =
            Wait::forTask(m_session->replays().choices(Agent::RevenueOptimizer, original));
        QCOMPARE(choices.agent, Agent::OfficeManager);
        QCOMPARE(choices.zone.id(), QByteArray("America/Los_Angeles"));
        QVERIFY(std::ranges::find(choices.runs, original, &RecordedRun::Summary::id) != choices.runs.end());

        ReplayOptions options;
        options.runId = original;
        options.llm = std::make_shared<RulesProvider>();
        const RunResult replayed = Wait::forTask(m_session->replays().replay(options));
        QCOMPARE(replayed.status, RunStatus::Completed);
        const RunComparison comparison = Wait::forTask(m_session->replays().compare(original, replayed.runId));
        QCOMPARE(comparison.count(RunComparison::Difference::Changed) +
                     comparison.count(RunComparison::Difference::Added) +
                     comparison.count(RunComparison::Difference::Removed),
                 0); // the same rules, the same calls
    }
};

QTEST_GUILESS_MAIN(TestRunServices)
#include "tst_runservices.moc"
