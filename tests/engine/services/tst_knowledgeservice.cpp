// The Policies & Memory page's service against a real database: everything the page shows read in one go, memories
// judged expired by the session's clock (not the database server's), every change stamped with the manager, and
// the sections the Office Manager would read now.
#include "db/database.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "knowledgefixture.h"
#include "migrations/migrator.h"
#include "services/knowledgeservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The first letter of each memory's content, in list order (the fixture's labels A-G).
QString labels(const KnowledgeStore::MemoryList &list)
{
    QStringList letters;
    for (const KnowledgeStore::Memory &m : list.memories)
        letters << m.content.left(1);
    return letters.join(u',');
}

std::shared_ptr<const Clock> at(const QDateTime &now)
{
    return std::make_shared<FixedClock>(now);
}

} // namespace

class TestKnowledgeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsOfTheSessionsClock()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const KnowledgeFixture fixture(s);
        Database database(db.settings());
        KnowledgeService service(database, at(KnowledgeFixture::now()));

        const KnowledgeService::Overview overview = Wait::forTask(service.overview({}));
        QCOMPARE(overview.timeZone, u"America/Los_Angeles"_s);
        QStringList places;
        for (const auto &[id, name] : overview.locations)
            places << name;
        QCOMPARE(places, (QStringList{u"Harbor"_s, u"Hilltop"_s, u"Warehouse"_s})); // every place, by name
        QCOMPARE(overview.choices.locations.size(), 2);                             // those with memories
        QCOMPARE(labels(overview.memories), u"A,B,C,E,G"_s); // D expired a day ago, F is switched off

        // Four days on by the session's clock, A (three days left) has expired too; nothing rewritten.
        Database laterDb(db.settings());
        KnowledgeService later(laterDb, at(KnowledgeFixture::now().addDays(4)));
        QCOMPARE(labels(Wait::forTask(later.memories({}))), u"B,C,E,G"_s);
        KnowledgeStore::MemoryFilter expired;
        expired.expiry = KnowledgeStore::MemoryFilter::Expiry::Expired;
        QCOMPARE(labels(Wait::forTask(later.memories(expired))), u"A,D"_s);
    }

    void changesAreStampedWithTheManager()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const KnowledgeFixture fixture(s);
        const QString maria = fixture.id(u"maria"_s);
        Database database(db.settings());
        KnowledgeService knowledge(database, at(KnowledgeFixture::now()));

        KnowledgeStore::Policy policy;
        policy.content = u"Thank the closing crew by name on Fridays."_s;
        policy.priority = 80;
        Wait::forTask(knowledge.savePolicy(policy, maria));
        QList<KnowledgeStore::Policy> policies = Wait::forTask(knowledge.overview({})).policies;
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.front().lastManagerEdit.userId, maria);
        Wait::forTask(knowledge.setPolicyActive(policies.front().id, false, maria));
        QVERIFY(!Wait::forTask(knowledge.overview({})).policies.front().active);

        const KnowledgeStore::Memory b = Wait::forTask(knowledge.memories({})).memories.at(1);
        QVERIFY(b.content.startsWith(u'B'));
        Wait::forTask(knowledge.setMemoryActive(b.id, false, maria));
        QCOMPARE(labels(Wait::forTask(knowledge.memories({}))), u"A,C,E,G"_s);
        Wait::forTask(knowledge.setMemoryExpiry(b.id, KnowledgeFixture::now().addDays(1), maria));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE user_id = ?::uuid"_s, {maria}).toInt(), 4);

        // A change the store refuses reaches the caller as a DbError.
        KnowledgeStore::Memory empty = b;
        empty.content.clear();
        try {
            Wait::forTask(knowledge.saveMemory(empty, maria));
            QFAIL("saved an empty memory");
        } catch (const DbError &error) {
            QVERIFY(!error.message().isEmpty());
        }
    }

    void previewsWhatTheOfficeManagerReads()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const KnowledgeFixture fixture(s);
        Database database(db.settings());
        KnowledgeService service(database, at(KnowledgeFixture::now()));
        KnowledgeStore::Policy policy;
        policy.content = u"Thank the closing crew by name on Fridays."_s;
        Wait::forTask(service.savePolicy(policy, fixture.id(u"maria"_s)));
        const QString sections = Wait::forTask(service.officeManagerReads());
        QVERIFY2(sections.contains(u"Thank the closing crew by name on Fridays."_s), qPrintable(sections));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeService)
#include "tst_knowledgeservice.moc"
