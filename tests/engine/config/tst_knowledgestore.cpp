// Managers correcting what the optimizer taught: policies created, edited, switched off; memories switched off or
// given an expiry — each with an audit row holding the row before and after, and each seen by the next prompt.
#include "config/knowledgestore.h"
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestKnowledgeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctsPoliciesAndMemories()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = s.scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES ('m@x', 'maria', "
                                       "'x', 'Maria', 'admin') RETURNING id::text"_s).toString();
        const QString harbor = s.scalar(u"INSERT INTO locations (name) VALUES ('Harbor') RETURNING id::text"_s).toString();
        const QString ana = s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') "
                                     "RETURNING id::text"_s).toString();

        KnowledgeStore::Policy policy;
        policy.scope = u"location"_s;
        policy.locationId = harbor;
        policy.content = u"Count the till at 17:30 on Fridays."_s;
        policy.priority = 70;
        const QString id = KnowledgeStore::createPolicy(s, policy, maria);
        policy.id = id;
        policy.priority = 90;
        KnowledgeStore::updatePolicy(s, policy, maria);
        KnowledgeStore::setPolicyActive(s, id, false, maria);
        const QList<KnowledgeStore::Policy> policies = KnowledgeStore::policies(s);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.front().priority, 90);
        QCOMPARE(policies.front().locationName, u"Harbor"_s);
        QCOMPARE(policies.front().active, false);
        policy.priority = 101;
        QVERIFY_THROWS_EXCEPTION(DbError, KnowledgeStore::updatePolicy(s, policy, maria));
        QCOMPARE(s.scalar(u"SELECT string_agg(action, ',' ORDER BY created_at) FROM audit_logs"_s).toString(),
                 u"ai_policy_notes.create,ai_policy_notes.update,ai_policy_notes.deactivate"_s);
        QCOMPARE(s.scalar(u"SELECT (before_data ->> 'priority') || '→' || (after_data ->> 'priority') FROM audit_logs "
                          "WHERE action = 'ai_policy_notes.update'"_s).toString(),
                 u"70→90"_s);

        const QString memory = s.scalar(u"INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence) VALUES "
                                        "('user', ?::uuid, 'pattern', 'Often late on Fridays', 0.7) RETURNING id::text"_s,
                                        {ana}).toString();
        QCOMPARE(KnowledgeStore::memories(s, u"fridays"_s).front().subject, u"Ana Ruiz"_s);
        QCOMPARE(KnowledgeStore::memories(s, u"ana ruiz"_s).size(), 1);
        KnowledgeStore::setMemoryExpiry(s, memory, QDateTime::currentDateTimeUtc().addSecs(-60), maria);
        QVERIFY(KnowledgeStore::memories(s).isEmpty()); // expired: not what the agent reads
        QCOMPARE(KnowledgeStore::memories(s, {}, true).size(), 1);
        KnowledgeStore::setMemoryExpiry(s, memory, {}, maria);
        KnowledgeStore::setMemoryActive(s, memory, false, maria);
        QVERIFY(KnowledgeStore::memories(s).isEmpty());
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE entity_type = 'ai_memory' AND user_id = ?::uuid"_s, {maria}).toInt(), 3);
        QVERIFY_THROWS_EXCEPTION(DbError, KnowledgeStore::setMemoryActive(s, u"00000000-0000-4000-8000-000000000000"_s, true, maria));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeStore)
#include "tst_knowledgestore.moc"
