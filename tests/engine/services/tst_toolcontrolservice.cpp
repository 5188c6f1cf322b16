// The Tools & Context page's service against a real database: an agent's tool and provider controls read, the
// changed ones saved with the manager, and the context previewed with settings not yet saved.
#include "db/database.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "knowledgefixture.h"
#include "migrations/migrator.h"
#include "services/toolcontrolservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

ToolControlStore::ToolControl toolOf(const ToolControlStore::Controls &controls, const QString &name)
{
    const auto found = std::ranges::find(controls.tools, name, &ToolControlStore::ToolControl::name);
    return found == controls.tools.end() ? ToolControlStore::ToolControl{} : *found;
}

} // namespace

class TestToolControlService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsSavesAndPreviews()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        Database database(db.settings());
        ToolControlService controls(database, std::make_shared<FixedClock>(KnowledgeFixture::now()));

        ToolControlStore::Controls loaded = Wait::forTask(controls.load(Agent::OfficeManager));
        QCOMPARE(loaded.agent, Agent::OfficeManager);
        QVERIFY(loaded.tablesExist);
        ToolControlStore::ToolControl dm = toolOf(loaded, u"send_direct_message"_s);
        QCOMPARE(dm.name, u"send_direct_message"_s);
        QVERIFY(!dm.stored);

        dm.settings.requiresApproval = true;
        Wait::forTask(controls.save(Agent::OfficeManager, {dm}, {}, maria));
        dm = toolOf(Wait::forTask(controls.load(Agent::OfficeManager)), u"send_direct_message"_s);
        QVERIFY(dm.stored);
        QVERIFY(dm.settings.requiresApproval);
        QCOMPARE(s.scalar(u"SELECT user_id::text FROM audit_logs WHERE action = 'ai_tool_config.create'"_s).toString(),
                 maria);

        // A row changed since it was loaded is not overwritten: a DbError says so.
        ToolControlStore::ToolControl stale = dm;
        stale.storedVersion = u"2000-01-01 00:00:00+00"_s;
        stale.settings.requiresApproval = false;
        QVERIFY_THROWS_EXCEPTION(DbError, Wait::forTask(controls.save(Agent::OfficeManager, {stale}, {}, maria)));

        // The preview follows settings not yet saved.
        QHash<QString, ProviderSettings> settings;
        settings[u"attendance"_s].enabled = false;
        const AssembledContext preview = Wait::forTask(controls.preview(Agent::OfficeManager, settings));
        QVERIFY(!preview.module(u"attendance"_s));
        QVERIFY(Wait::forTask(controls.preview(Agent::OfficeManager, {})).module(u"attendance"_s));
    }
};

QTEST_GUILESS_MAIN(TestToolControlService)
#include "tst_toolcontrolservice.moc"
