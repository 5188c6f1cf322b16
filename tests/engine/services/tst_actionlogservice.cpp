// The action log service against a real database: the filters' choices (the business's zone, only the people some
// action concerned), pages and one action in full, read on the session's workers.
#include "config/businesssettings.h"
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "services/actionlogservice.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestActionLogService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLog()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const auto person = [&](const QString &name) {
            return s
                .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                        {QVariant(name + u"@x"_s), name, name})
                .toString();
        };
        const QString zoe = person(u"Zoe"_s);
        const QString ana = person(u"Ana"_s);
        const QString manager = person(u"Nobody"_s); // no action concerns them
        BusinessSettings business = BusinessSettings::load(s);
        business.businessName = u"Harbor Shop"_s;
        business.timeZone = u"Europe/Lisbon"_s;
        BusinessSettings::save(s, business, manager);
        for (const QString &who : {zoe, ana, ana})
            s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, tool_name, target_user_id, reasoning) "
                   "VALUES ('office_manager', gen_random_uuid(), now(), 'create_task', ?::uuid, 'about them')"_s,
                   {who});

        EngineSession session(db.settings());
        const ActionLogService::Choices choices = Wait::forTask(session.actionLog().choices());
        QCOMPARE(choices.zone.id(), QByteArray("Europe/Lisbon"));
        QCOMPARE(choices.people.size(), 2);
        QCOMPARE(choices.people.at(0).name, u"Ana"_s); // by name
        QCOMPARE(choices.people.at(0).id, ana);
        QCOMPARE(choices.people.at(1).name, u"Zoe"_s);

        ActionLog::Filter aboutAna;
        aboutAna.userId = ana;
        const QList<ActionLog::Entry> page = Wait::forTask(session.actionLog().page(aboutAna));
        QCOMPARE(page.size(), 2);
        const ActionLog::Details details = Wait::forTask(session.actionLog().details(page.front().id));
        QCOMPARE(details.entry.targetName, u"Ana"_s);

        ActionLog::Filter unknown;
        unknown.status = u"no such status"_s;
        QVERIFY_THROWS_EXCEPTION(DbError, Wait::forTask(session.actionLog().page(unknown)));
    }
};

QTEST_GUILESS_MAIN(TestActionLogService)
#include "tst_actionlogservice.moc"
