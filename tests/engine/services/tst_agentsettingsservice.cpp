// The Agents page's service against a real database: an agent's settings, instruction versions and time zone read
// in one go; a save validated and audited with the manager, or refused as an EngineError; instructions versioned and
// rolled back; the prompt as it would be sent now.
#include "db/database.h"
#include "db/dberror.h"
#include "knowledgefixture.h"
#include "migrations/migrator.h"
#include "services/agentsettingsservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAgentSettingsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAndSavesWithTheManager()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        Database database(db.settings());
        AgentSettingsService service(database, Clock::system());

        const AgentSettingsService::Snapshot loaded = Wait::forTask(service.load(Agent::OfficeManager));
        QCOMPARE(loaded.settings.agent, Agent::OfficeManager);
        QCOMPARE(loaded.settings.cronSchedule, u"*/15 7-19 * * *"_s);
        QVERIFY(loaded.history.isEmpty());
        QCOMPARE(loaded.timeZone, u"America/Los_Angeles"_s);

        AgentSettings edited = loaded.settings;
        edited.cronSchedule = u"0 */2 8-18 * 1-5"_s;
        edited.enabled = true;
        const AgentSettings saved = Wait::forTask(service.save(edited, maria));
        QCOMPARE(saved.cronSchedule, u"0 */2 8-18 * 1-5"_s);
        QVERIFY(saved.enabled);
        QCOMPARE(s.scalar(u"SELECT cron_schedule FROM ai_config WHERE agent = 'office_manager'"_s).toString(),
                 u"0 */2 8-18 * 1-5"_s);
        QCOMPARE(s.scalar(u"SELECT user_id::text FROM audit_logs WHERE action = 'ai_config.update'"_s).toString(),
                 maria);

        // Nothing half-valid is written; the caller gets a DbError with the problem in it.
        edited.cronSchedule = u"*/15 7-25 * * *"_s;
        try {
            Wait::forTask(service.save(edited, maria));
            QFAIL("saved an invalid schedule");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QVERIFY2(error.message().contains(u"hour 25"_s), qPrintable(error.message()));
        }
        QCOMPARE(Wait::forTask(service.load(Agent::OfficeManager)).settings.cronSchedule, u"0 */2 8-18 * 1-5"_s);
    }

    void versionsInstructionsAndPreviewsThePrompt()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        Database database(db.settings());
        AgentSettingsService service(database, Clock::system());

        QCOMPARE(Wait::forTask(service.saveInstructions(Agent::OfficeManager, u"Be brief."_s, {}, maria, u"Maria"_s)),
                 1);
        QCOMPARE(Wait::forTask(
                     service.saveInstructions(Agent::OfficeManager, u"Be warm."_s, u"friendlier"_s, maria, u"Maria"_s)),
                 2);
        QCOMPARE(Wait::forTask(service.rollBackInstructions(Agent::OfficeManager, 1, maria, u"Maria"_s)), 3);
        const AgentSettingsService::Snapshot loaded = Wait::forTask(service.load(Agent::OfficeManager));
        QCOMPARE(loaded.settings.instructions, u"Be brief."_s);
        QCOMPARE(loaded.history.size(), 3);
        QCOMPARE(loaded.history.at(1).note, u"friendlier"_s);
        QCOMPARE(loaded.history.at(1).authorName, u"Maria"_s);

        const QString prompt = Wait::forTask(service.promptPreview(Agent::OfficeManager, 4000));
        QVERIFY2(prompt.contains(u"Be brief."_s), qPrintable(prompt.left(400)));
        QVERIFY(prompt.contains(u"──── user message ────"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgentSettingsService)
#include "tst_agentsettingsservice.moc"
