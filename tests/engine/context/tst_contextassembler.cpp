// The assembler: priority order, the token budget (a module without lists that does not fit is left out whole), a
// failing provider that does not stop the others, and the run's summary. Attention first: tst_contextplanner.
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "db/database.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// A provider whose size, priority and query the test chooses.
class ScriptedProvider final : public ContextProvider
{
public:
    ScriptedProvider(QString id, int priority, int promptChars, QString sql = u"SELECT 1"_s,
                     QList<Agent> agents = {Agent::OfficeManager})
        : m_id(std::move(id)), m_priority(priority), m_chars(promptChars), m_sql(std::move(sql)),
          m_agents(std::move(agents))
    {}
    QString moduleId() const override { return m_id; }
    QString moduleName() const override { return m_id; }
    QString description() const override { return {}; }
    int priority() const override { return m_priority; }
    QList<Agent> agents() const override { return m_agents; }
    json getContext(SqlSession &session, const ContextRequest &) const override
    {
        return {{"value", session.scalar(m_sql).toInt()}, {"items", json::array({1, 2})}};
    }
    QString formatForPrompt(const json &, const ContextRequest &) const override { return QString(m_chars, u'x'); }
    QMap<QString, int> attention(const json &data) const override { return {{u"items"_s, int(data["items"].size())}}; }

private:
    QString m_id;
    int m_priority;
    int m_chars;
    QString m_sql;
    QList<Agent> m_agents;
};

ContextRequest officeManagerRequest()
{
    ContextRequest request;
    request.calendar =
        BusinessCalendar(QTimeZone("America/Los_Angeles"),
                         std::make_shared<FixedClock>(QDateTime::fromString(u"2026-11-24T20:00:00Z"_s, Qt::ISODate)));
    return request;
}

} // namespace

class TestContextAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsModulesInPriorityOrderWithinTheBudget()
    {
        TestDatabase db;
        // 400 characters ≈ 100 tokens; 2000 ≈ 500; 200 ≈ 50.
        const ContextAssembler assembler({std::make_shared<ScriptedProvider>(u"enrichment"_s, 90, 200),
                                          std::make_shared<ScriptedProvider>(u"critical"_s, 10, 400),
                                          std::make_shared<ScriptedProvider>(u"pending"_s, 30, 2000),
                                          std::make_shared<ScriptedProvider>(u"optimizer"_s, 70, 40, u"SELECT 1"_s,
                                                                             QList<Agent>{Agent::RevenueOptimizer})});
        const AssembledContext context = assembler.assemble(db.session(), officeManagerRequest(), 200);
        QStringList included;
        for (const ContextModule &m : context.modules)
            included << m.moduleId;
        QCOMPARE(included, (QStringList{u"critical"_s, u"enrichment"_s})); // priority order; "pending" is too big
        QCOMPARE(context.omitted.size(), 1);
        QCOMPARE(context.omitted[0].moduleId, u"pending"_s);
        QCOMPARE(context.omitted[0].reason, u"over the token budget (needs 500, 100 left)"_s);
        QVERIFY(!context.omitted[0].failed);
        QCOMPARE(context.totalTokens(), 150);
        QCOMPARE(context.attentionTotal(), 4);
        const json summary = context.summary();
        QCOMPARE(summary["tokens"], json(150));
        QCOMPARE(summary["modules"]["critical"]["attention"], json(2));
        QCOMPARE(summary["omitted"][0]["module"], json("pending"));
        QCOMPARE(context.structured()["agent"], json("office_manager"));
        QCOMPARE(context.structured()["critical"]["value"], json(1));
        QVERIFY(!context.structured().contains("optimizer")); // not this agent's module
    }

    void goesOnWhenAProviderFails()
    {
        TestDatabase db;
        const ContextAssembler assembler(
            {std::make_shared<ScriptedProvider>(u"first"_s, 10, 40),
             std::make_shared<ScriptedProvider>(u"broken"_s, 20, 40, u"SELECT * FROM no_such_table"_s),
             std::make_shared<ScriptedProvider>(u"after"_s, 30, 40, u"SELECT 7"_s)});
        const AssembledContext context = assembler.assemble(db.session(), officeManagerRequest(), 1000);
        QCOMPARE(context.modules.size(), 2);
        QCOMPARE(context.modules[1].moduleId, u"after"_s);
        QCOMPARE(context.modules[1].data["value"], json(7)); // the failed query did not poison the transaction
        QCOMPARE(context.omitted.size(), 1);
        QVERIFY(context.omitted[0].failed);
        QVERIFY2(context.omitted[0].reason.contains(u"no_such_table"_s), qPrintable(context.omitted[0].reason));
        // The session is usable afterwards, outside any transaction.
        QCOMPARE(db.session().scalar(u"SELECT 2"_s).toInt(), 2);
    }

    // A module with nothing to say here (no data for it) is left out as such, never as "switched off".
    void saysWhenAModuleHasNothingToReport()
    {
        class NoData final : public ContextProvider
        {
        public:
            QString moduleId() const override { return u"no-data"_s; }
            QString moduleName() const override { return moduleId(); }
            QString description() const override { return {}; }
            int priority() const override { return 20; }
            QList<Agent> agents() const override { return {Agent::OfficeManager}; }
            bool isEnabled(SqlSession &session, const ContextRequest &) const override
            {
                return session.scalar(u"SELECT to_regclass('mentats_no_such_table') IS NOT NULL"_s).toBool();
            }
            json getContext(SqlSession &, const ContextRequest &) const override { return json::object(); }
            QString formatForPrompt(const json &, const ContextRequest &) const override { return u"x"_s; }
        };
        TestDatabase db;
        const ContextAssembler assembler(
            {std::make_shared<ScriptedProvider>(u"first"_s, 10, 40), std::make_shared<NoData>()});
        const AssembledContext context = assembler.assemble(db.session(), officeManagerRequest(), 1000);
        QCOMPARE(context.modules.size(), 1);
        QCOMPARE(context.omitted.size(), 1);
        QCOMPARE(context.omitted[0].moduleId, u"no-data"_s);
        QCOMPARE(context.omitted[0].reason, u"nothing to report (no data for it here)"_s);
        QVERIFY(!context.omitted[0].failed);
    }

    void runsOnTheDatabaseWorkers()
    {
        TestDatabase db;
        Database database(db.settings());
        const ContextAssembler assembler(ContextRegistry::forAgent(Agent::OfficeManager));
        const AssembledContext context = Wait::forTask(assembler.assemble(database, officeManagerRequest(), 4000));
        QVERIFY(context.module(u"attendance"_s));
        const json summary = context.summary();
        QCOMPARE(summary["clockedIn"], json(0)); // the plan's keys, from the modules that know them
        QCOMPARE(summary["expectedButMissing"], json(0));
    }

    // Enrichment modules (memories, policies) see which people and places the earlier modules are about.
    void tellsLaterModulesWhoTheContextIsAbout()
    {
        class Echo final : public ContextProvider
        {
        public:
            QString moduleId() const override { return u"echo"_s; }
            QString moduleName() const override { return moduleId(); }
            QString description() const override { return {}; }
            int priority() const override { return 90; }
            QList<Agent> agents() const override { return {Agent::OfficeManager}; }
            json getContext(SqlSession &, const ContextRequest &request) const override
            {
                return {{"people", request.peopleInContext.join(u',').toStdString()},
                        {"places", request.locationsInContext.join(u',').toStdString()}};
            }
            QString formatForPrompt(const json &, const ContextRequest &) const override { return u"e"_s; }
        };
        class People final : public ContextProvider
        {
        public:
            QString moduleId() const override { return u"people"_s; }
            QString moduleName() const override { return moduleId(); }
            QString description() const override { return {}; }
            int priority() const override { return 10; }
            QList<Agent> agents() const override { return {Agent::OfficeManager}; }
            json getContext(SqlSession &, const ContextRequest &) const override
            {
                return {{"late", {{{"userId", "u-1"}, {"locationId", "l-1"}}}},
                        {"tasks", {{{"assigneeId", "u-2"}}, {{"assigneeId", "u-1"}}}}};
            }
            QString formatForPrompt(const json &, const ContextRequest &) const override { return u"p"_s; }
            QList<ContextList> lists() const override { return {{u"late"_s, true}, {u"tasks"_s, true}}; }
        };
        TestDatabase db;
        const ContextAssembler assembler({std::make_shared<Echo>(), std::make_shared<People>()});
        const AssembledContext context = assembler.assemble(db.session(), officeManagerRequest(), 1000);
        QCOMPARE(context.module(u"echo"_s)->data["people"], json("u-1,u-2"));
        QCOMPARE(context.module(u"echo"_s)->data["places"], json("l-1"));
    }

    void loadsTheRequestFromTheDatabase()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE mentats_settings SET value = '\"America/New_York\"' WHERE key = 'business_time_zone'"_s);
        const auto clock = std::make_shared<FixedClock>(QDateTime::fromString(u"2026-11-25T03:30:00Z"_s, Qt::ISODate));
        const ContextRequest request = ContextRequestLoader::load(s, Agent::OfficeManager, clock);
        QCOMPARE(request.calendar.zone().id(), QByteArray("America/New_York"));
        QCOMPARE(request.calendar.today(), QDate(2026, 11, 24)); // 22:30 in New York, already the 25th in UTC
        QVERIFY(request.features.breakEntries);
        QVERIFY(request.features.userTypes);
        QVERIFY(request.features.timeEntryLocations);
        QCOMPARE(request.aiSystemUserId,
                 s.scalar(u"SELECT id::text FROM users WHERE username = 'office-manager-ai'"_s).toString());

        TestDatabase baseline(TestDatabase::Schema::Baseline);
        Migrator().migrate(baseline.session());
        const TeamTimeFeatures plain = ContextRequestLoader::probeFeatures(baseline.session());
        QVERIFY(!plain.breakEntries && !plain.userTypes && !plain.timeEntryLocations);

        baseline.session().exec(
            u"UPDATE mentats_settings SET value = '\"Pacific/Atlantis\"' WHERE key = 'business_time_zone'"_s);
        try {
            ContextRequestLoader::load(baseline.session(), Agent::OfficeManager, clock);
            QFAIL("an unknown time zone was accepted");
        } catch (const DbError &error) {
            QVERIFY(error.message().startsWith(
                u"The business time zone \"Pacific/Atlantis\" is not one this machine knows"_s));
        }
    }

    // The correction learnt from real calls is kept in the database and scales the next run's estimates.
    void keepsWhatItLearnsAboutTheEstimates()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        QCOMPARE(ContextRequestLoader::recordActualTokens(s, Agent::OfficeManager, 1000, 1500), 1.1);
        QCOMPARE(ContextRequestLoader::recordActualTokens(s, Agent::OfficeManager, 1000, 1500), 1.18);
        const auto clock = std::make_shared<FixedClock>(QDateTime::fromString(u"2026-11-24T20:00:00Z"_s, Qt::ISODate));
        const ContextRequest request = ContextRequestLoader::load(s, Agent::OfficeManager, clock);
        QCOMPARE(request.tokenCorrection, 1.18);
        QCOMPARE(ContextRequestLoader::load(s, Agent::RevenueOptimizer, clock).tokenCorrection, 1.0); // per agent
        const AssembledContext context =
            ContextAssembler({std::make_shared<ScriptedProvider>(u"four hundred"_s, 10, 400)})
                .assemble(s, request, 1000);
        QCOMPARE(context.modules[0].tokenEstimate, 118); // 100 by characters, scaled by what was learnt
    }

    void learnsHowFarOffTheEstimatesAre()
    {
        QCOMPARE(ContextAssembler::updatedCorrection(1.0, 1000, 1000), 1.0);
        QCOMPARE(ContextAssembler::updatedCorrection(1.0, 1000, 1500), 1.1);
        double correction = 1.0;
        for (int i = 0; i < 60; ++i)
            correction = ContextAssembler::updatedCorrection(correction, 1000, 1300);
        QVERIFY(qAbs(correction - 1.3) < 0.001); // a steady difference is learnt fully
        QCOMPARE(ContextAssembler::updatedCorrection(1.0, 0, 500), 1.0);
        QCOMPARE(ContextAssembler::updatedCorrection(3.9, 10, 1000), 4.0); // clamped
    }
};

QTEST_GUILESS_MAIN(TestContextAssembler)
#include "tst_contextassembler.moc"
