// The store simulator end to end on the test cluster: a small store over two days with the offline rules, scored;
// the same seed scores the same; the worst-case model does more than the rules to the same store; the scorecard's
// JSON has every key the docs promise; and the simulator never writes into a database that is not its own.
#include "cluster/pgcluster.h"
#include "core/businesscalendar.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "fakellmserver.h"
#include "simulation/simulatedclock.h"
#include "simulation/simulatedstore.h"
#include "simulation/simulator.h"
#include "testcluster.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

SimulationOptions smallStore(int days, quint64 seed, SimulationOptions::Model model = SimulationOptions::Model::Rules)
{
    SimulationOptions options;
    options.size = SimulationOptions::Size::Small;
    options.days = days;
    options.seed = seed;
    options.model = model;
    options.clusterDirectory = TestCluster::instance().cluster().directory();
    return options;
}

Scorecard simulate(const SimulationOptions &options)
{
    Simulator simulator(options);
    return Wait::forTask(simulator.run());
}

// The scorecard without its wall-clock figures, which differ from run to run.
json withoutTiming(json card)
{
    card.erase("timing");
    return card;
}

// This test's stores only (mentats_sim_<seed>_<n>): other tests simulate in the same cluster at the same time.
int simulationDatabases(quint64 seed)
{
    SqlSession admin(u"tst_simulator-admin"_s, TestCluster::instance().settings(u"postgres"_s));
    return admin
        .scalar(u"SELECT count(*) FROM pg_database WHERE datname LIKE ?"_s, {u"mentats\\_sim\\_%1\\_%"_s.arg(seed)})
        .toInt();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    json m_firstRun;

private Q_SLOTS:
    void scoresASmallStoreOverTwoDays()
    {
        const int before = simulationDatabases(7);
        const Scorecard card = simulate(smallStore(2, 7));
        QCOMPARE(card.store.staff, 15);
        QCOMPARE(card.store.locations, 2);
        QCOMPARE(card.store.days, 2);
        QCOMPARE(card.model, u"rules"_s);
        QVERIFY(card.issues.seeded > 0);
        int byKind = 0;
        for (const int n : card.issues.byKind)
            byKind += n;
        QCOMPARE(byKind, card.issues.seeded);
        // Attention first: every issue open while an Office Manager run started reached that run's context.
        QVERIFY(card.issues.reachedContext > 0);
        QCOMPARE(card.issues.reachedContext + card.issues.betweenRuns, card.issues.seeded);
        QCOMPARE(card.issues.recall, 1.0);
        for (auto it = card.issues.recallByKind.cbegin(); it != card.issues.recallByKind.cend(); ++it)
            QVERIFY2(it.value() == 1.0, qPrintable(it.key()));
        QVERIFY(card.effects.staffFacing > 0); // the rules nudge late people and overdue tasks
        QVERIFY(card.remindersPerIssue.mean.has_value());
        QVERIFY(card.cost.tokensPerStoreDay > 0);
        QVERIFY(card.cost.planUsdPerStoreDay > card.cost.usdPerStoreDay); // the plan's design calls on every tick
        QVERIFY(card.timing.wallS > 0);
        // The Office Manager's own figures: its context, and whole passes that ran it (under the wall time).
        QVERIFY(card.timing.officeManagerContextMsP50.has_value());
        QVERIFY(card.timing.officeManagerPassMsP50.value_or(0) > 0);
        QVERIFY(*card.timing.officeManagerPassMsP50 < card.timing.wallS * 1000.0);
        QCOMPARE(simulationDatabases(7), before); // the throwaway store is gone

        // Every key docs/simulation.md lists, and nothing else at the top.
        const json j = card.toJson();
        const std::map<std::string, std::vector<std::string>> keys = {
            {"store", {"staff", "locations", "days", "seed"}},
            {"issues", {"seeded", "by_kind", "between_runs", "reached_context", "recall", "recall_by_kind"}},
            {"reminders_per_issue", {"mean", "p95", "max"}},
            {"first_reminder_minutes", {"p50", "max"}},
            {"escalations", {"qualifying", "once", "repeated", "missing"}},
            {"effects",
             {"staff_facing", "outside_hours", "without_open_issue", "to_inactive_or_non_staff",
              "max_per_person_per_day"}},
            {"replies", {"received", "seen_by_agent", "shown_to_manager"}},
            {"patterns", {"seeded", "found", "false", "precision", "recall", "stopped", "stopped_confidence_end"}},
            {"cost", {"tokens_per_store_day", "usd_per_store_day", "plan_usd_per_store_day"}},
            {"timing",
             {"context_ms_p50", "context_ms_p95", "office_manager_context_ms_p50", "office_manager_pass_ms_p50",
              "wall_s", "sim_days_per_wall_minute"}},
        };
        QCOMPARE(j.size(), keys.size() + 1); // and "model"
        QVERIFY(j.contains("model"));
        for (const auto &[section, fields] : keys) {
            QVERIFY2(j.contains(section), section.c_str());
            QCOMPARE(j[section].size(), fields.size());
            for (const std::string &field : fields)
                QVERIFY2(j[section].contains(field), (section + "." + field).c_str());
        }
        m_firstRun = j;
    }

    void theSameSeedScoresTheSame()
    {
        QVERIFY(!m_firstRun.is_null());
        const Scorecard again = simulate(smallStore(2, 7));
        QCOMPARE(QString::fromStdString(withoutTiming(again.toJson()).dump()),
                 QString::fromStdString(withoutTiming(m_firstRun).dump()));
    }

    // With a context budget far too small for the store, runs split into several calls and still every open issue
    // reaches a call.
    void everyIssueReachesTheAgentOnATinyBudget()
    {
        SimulationOptions options = smallStore(1, 5);
        options.contextTokens = 500;
        options.keep = true;
        Simulator simulator(options);
        const Scorecard card = Wait::forTask(simulator.run());
        QVERIFY(card.issues.seeded > card.issues.betweenRuns);
        QCOMPARE(card.issues.recall, 1.0);
        const QString name = QUrl(simulator.databaseUrl()).path().mid(1);
        QVERIFY(name.startsWith(u"mentats_sim_"_s));
        {
            SqlSession store(u"tst_simulator-store"_s, TestCluster::instance().settings(name));
            const int split = store
                                  .scalar(u"SELECT count(*) FROM mentats_runs WHERE agent = 'office_manager' "
                                          "AND jsonb_array_length(context_summary -> 'parts') > 1"_s)
                                  .toInt();
            QVERIFY2(split > 0, "some runs were split");
            // Each call of a split run is in the record, marked with its call.
            QVERIFY(store
                        .scalar(u"SELECT count(*) FROM mentats_runs r, jsonb_array_elements(r.rounds) round "
                                "WHERE jsonb_array_length(r.context_summary -> 'parts') > 1 AND round ? 'call'"_s)
                        .toInt() >= 2 * split);
        }
        PgCluster cluster(TestCluster::instance().cluster().directory());
        SimulatedStore::drop(cluster, name);
    }

    void theWorstCaseModelDoesMoreToTheSameStore()
    {
        const Scorecard rules = simulate(smallStore(1, 3));
        const Scorecard eager = simulate(smallStore(1, 3, SimulationOptions::Model::Eager));
        QCOMPARE(eager.issues.seeded, rules.issues.seeded); // the same store and people...
        QVERIFY2(eager.effects.staffFacing > rules.effects.staffFacing,
                 qPrintable(u"eager %1, rules %2"_s.arg(eager.effects.staffFacing).arg(rules.effects.staffFacing)));
        QVERIFY(eager.remindersPerIssue.max >= rules.remindersPerIssue.max);
    }

    void drivesARealProviderOverHttp()
    {
        // A manager trying a day of their own configuration: the agents' real provider, over HTTP, its tokens priced.
        FakeLlmServer server;
        QVERIFY(server.isListening());
        connect(&server, &FakeLlmServer::requestReceived, &server, [&server] {
            server.enqueue(
                FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Nothing needs me now."_s, 900, 12)));
        });
        qputenv("ANTHROPIC_API_KEY", "sk-simulated");
        SimulationOptions options = smallStore(1, 9, SimulationOptions::Model::Provider);
        options.providerId = u"anthropic"_s;
        options.providerModel = u"claude-haiku-4-5"_s;
        options.baseUrl = server.baseUrl().toString();
        const Scorecard card = simulate(options);
        qunsetenv("ANTHROPIC_API_KEY");
        // At most every Office Manager tick in business hours (7:00-19:59, every 15 minutes) and the night's
        // optimizer; a tick with nothing to look at may be skipped before the model.
        const qsizetype calls = server.requests().size();
        QVERIFY2(calls > 0 && calls <= 52 + 1, qPrintable(QString::number(calls)));
        for (const FakeLlmServer::Request &request : server.requests()) {
            QVERIFY(request.json.value("model", "") == "claude-haiku-4-5");
            QCOMPARE(request.headers.value("x-api-key"), QByteArray("sk-simulated"));
        }
        QCOMPARE(card.model, u"anthropic/claude-haiku-4-5"_s);
        QCOMPARE(card.effects.staffFacing, 0); // the model asked for nothing
        QVERIFY(card.cost.usdPerStoreDay > 0);
        QVERIFY(card.cost.tokensPerStoreDay >= double(calls) * 912);
    }

    void keepsTheStoreWhenAsked()
    {
        SimulationOptions options = smallStore(1, 11);
        options.keep = true;
        Simulator simulator(options);
        Wait::forTask(simulator.run());
        const ConnectionSettings kept = ConnectionSettings::fromUrl(simulator.databaseUrl());
        {
            SqlSession session(u"tst_simulator-kept"_s, kept);
            QVERIFY(SimulatedStore::isSimulationDatabase(session));
            QVERIFY(session.scalar(u"SELECT count(*) FROM time_entries"_s).toInt() > 0);
        }
        SimulatedStore::drop(TestCluster::instance().cluster(), kept.database);
    }

    void refusesADatabaseThatIsNotItsOwn()
    {
        TestDatabase teamTime;
        QVERIFY(!SimulatedStore::isSimulationDatabase(teamTime.session()));
        const int users = teamTime.session().scalar(u"SELECT count(*) FROM users"_s).toInt();
        SimulatedStore store;
        GroundTruth truth;
        const SimulationOptions options = smallStore(1, 1);
        const BusinessCalendar calendar(QTimeZone(BusinessCalendar::kDefaultZoneId),
                                        std::make_shared<SimulatedClock>(QDateTime(options.firstDay, QTime(0, 0))));
        QVERIFY_THROWS_EXCEPTION(DbError, store.populate(teamTime.session(), options, calendar, truth));
        QCOMPARE(teamTime.session().scalar(u"SELECT count(*) FROM users"_s).toInt(), users); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
