// Managers correcting what the optimizer taught: policies created, edited, switched off; memories browsed by every
// filter (alone and combined, within a bounded list), rewritten, switched off or given an expiry — each change with
// an audit row holding the row before and after. And who wrote what: the run (from our run record or, for TeamTime's
// own runs, the action log), the TeamTime user, the manager.
#include "config/knowledgestore.h"
#include "db/dberror.h"
#include "knowledgefixture.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/updatepolicytool.h"
#include "tools/writememorytool.h"

#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Expiry = KnowledgeStore::MemoryFilter::Expiry;

namespace {

const QDateTime kNow = KnowledgeFixture::now();

// The first letter of each memory's content, in list order (the fixture's labels).
QString labels(const KnowledgeStore::MemoryList &list)
{
    QStringList letters;
    for (const KnowledgeStore::Memory &m : list.memories)
        letters << m.content.left(1);
    return letters.join(u',');
}

QString addUser(SqlSession &s, const QString &name, const QString &role = u"staff"_s)
{
    return KnowledgeFixture::addUser(s, name, role);
}

} // namespace

class TestKnowledgeStore : public QObject
{
    Q_OBJECT

    // One database of memories for the filter cases, built once.
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<KnowledgeFixture> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(m_db->session());
        m_fixture = std::make_unique<KnowledgeFixture>(m_db->session());
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_db.reset();
    }

    void filtersMemories_data()
    {
        // The filter as "key=value|...": scope, person, location, type, confidence, expiry (within, expired, never),
        // days, inactive, text. The fixture's people and places by name.
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        // What the Office Manager can read: active, not expired; newest observation first.
        QTest::newRow("default") << u""_s << u"A,B,C,E,G"_s;
        QTest::newRow("everything") << u"inactive"_s << u"A,B,C,D,E,F,G"_s;
        QTest::newRow("scope user") << u"scope=user"_s << u"A,B"_s;
        QTest::newRow("scope location") << u"scope=location"_s << u"C,G"_s;
        QTest::newRow("scope global") << u"scope=global"_s << u"E"_s;
        QTest::newRow("scope auction") << u"scope=auction|inactive"_s << u""_s;
        QTest::newRow("person") << u"person=ana"_s << u"A"_s;
        QTest::newRow("person, switched off too") << u"person=ana|inactive"_s << u"A,F"_s;
        QTest::newRow("location") << u"location=harbor"_s << u"C,G"_s;
        QTest::newRow("location with only expired ones") << u"location=hilltop"_s << u""_s;
        QTest::newRow("type") << u"type=pattern"_s << u"A,C"_s;
        QTest::newRow("confidence at the boundary") << u"confidence=0.7"_s << u"A,C,E"_s;
        QTest::newRow("confidence above it") << u"confidence=0.71"_s << u"A,C"_s;
        QTest::newRow("expiring within 7 days") << u"expiry=within|days=7"_s << u"A,G"_s;
        QTest::newRow("expiring within 3 days, inclusive") << u"expiry=within|days=3"_s << u"A"_s;
        QTest::newRow("expiring within 1 day") << u"expiry=within|days=1"_s << u""_s;
        QTest::newRow("expired") << u"expiry=expired"_s << u"D"_s;
        QTest::newRow("never expires") << u"expiry=never"_s << u"B,E"_s;
        QTest::newRow("never expires, switched off too") << u"expiry=never|inactive"_s << u"B,E,F"_s;
        QTest::newRow("text in content, any case") << u"text=FRIDAYS"_s << u"A"_s;
        QTest::newRow("text in the place's name") << u"text=hilltop|inactive"_s << u"D"_s;
        QTest::newRow("text in the person's name") << u"text=ben"_s << u"B"_s;
        QTest::newRow("text in the type") << u"text=performance"_s << u"E"_s;
        QTest::newRow("text: % is a character") << u"text=% m"_s << u"E"_s;
        QTest::newRow("text: _ is a character") << u"text=on_sale"_s << u"G"_s;
        QTest::newRow("combined: a person's confident preferences")
            << u"scope=user|person=ana|type=preference|confidence=0.9|expiry=never|inactive"_s << u"F"_s;
        QTest::newRow("combined: place, text, expiring")
            << u"scope=location|location=harbor|text=parking|expiry=within|days=7"_s << u"G"_s;
        QTest::newRow("combined: nothing meets all") << u"scope=user|location=harbor|inactive"_s << u""_s;
    }

    void filtersMemories()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        KnowledgeStore::MemoryFilter f;
        for (const QString &part : filter.split(u'|', Qt::SkipEmptyParts)) {
            const QString key = part.section(u'=', 0, 0);
            const QString value = part.section(u'=', 1);
            if (key == u"scope"_s)
                f.scope = value;
            else if (key == u"person"_s)
                f.userId = m_fixture->id(value);
            else if (key == u"location"_s)
                f.locationId = m_fixture->id(value);
            else if (key == u"type"_s)
                f.memoryType = value;
            else if (key == u"confidence"_s)
                f.minConfidence = value.toDouble();
            else if (key == u"expiry"_s)
                f.expiry = value == u"within"_s    ? Expiry::ExpiringWithin
                           : value == u"expired"_s ? Expiry::Expired
                                                   : Expiry::Never;
            else if (key == u"days"_s)
                f.expiringWithinDays = value.toInt();
            else if (key == u"inactive"_s)
                f.includeInactive = true;
            else if (key == u"text"_s)
                f.text = value;
            else
                QFAIL(qPrintable(u"unknown filter key "_s + key));
        }
        const KnowledgeStore::MemoryList list = KnowledgeStore::memories(m_db->session(), kNow, f);
        QCOMPARE(labels(list), expected);
        QCOMPARE(list.totalMatches, list.memories.size());
        QVERIFY(!list.isTruncated());
    }

    void describesEachMemory()
    {
        KnowledgeStore::MemoryFilter filter;
        filter.userId = m_fixture->id(u"ana"_s);
        const QList<KnowledgeStore::Memory> list = KnowledgeStore::memories(m_db->session(), kNow, filter).memories;
        QCOMPARE(list.size(), 1);
        const KnowledgeStore::Memory &m = list.front();
        QCOMPARE(m.scope, u"user"_s);
        QCOMPARE(m.subject, u"Ana"_s);
        QCOMPARE(m.userId, m_fixture->id(u"ana"_s));
        QVERIFY(m.locationId.isEmpty());
        QCOMPARE(m.memoryType, u"pattern"_s);
        QCOMPARE(m.confidence, 0.8);
        QCOMPARE(m.expiresAt, kNow.addDays(3));
        QCOMPARE(m.lastObserved, kNow.addSecs(-3600));
        QVERIFY(m.createdByRun.id.isEmpty()); // written by hand in the fixture: no run to name
        QVERIFY(m.lastConfirmedByRun.id.isEmpty());
    }

    void boundsTheList()
    {
        KnowledgeStore::MemoryFilter filter;
        filter.includeInactive = true;
        filter.limit = 3;
        KnowledgeStore::MemoryList list = KnowledgeStore::memories(m_db->session(), kNow, filter);
        QCOMPARE(labels(list), u"A,B,C"_s); // the newest
        QCOMPARE(list.totalMatches, 7);
        QVERIFY(list.isTruncated());
        filter.limit = 0; // at least one
        list = KnowledgeStore::memories(m_db->session(), kNow, filter);
        QCOMPARE(labels(list), u"A"_s);
        QCOMPARE(list.totalMatches, 7);
        filter.limit = 1000000; // at most kMaxLimit: 7 fit
        QCOMPARE(KnowledgeStore::memories(m_db->session(), kNow, filter).memories.size(), 7);
    }

    void refusesFiltersThatCannotBeMet_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("confidence") << u"minConfidence"_s << u"The minimum confidence is between 0 and 1."_s;
        QTest::newRow("person") << u"userId"_s << u"\"Ana\" is not the id of a person."_s;
        QTest::newRow("location") << u"locationId"_s << u"\"Ana\" is not the id of a location."_s;
        QTest::newRow("days") << u"days"_s << u"\"Expiring within\" needs at least one day."_s;
    }

    void refusesFiltersThatCannotBeMet()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        KnowledgeStore::MemoryFilter filter;
        if (field == u"minConfidence"_s)
            filter.minConfidence = 1.5;
        if (field == u"userId"_s)
            filter.userId = u"Ana"_s; // a name where an id belongs
        if (field == u"locationId"_s)
            filter.locationId = u"Ana"_s;
        if (field == u"days"_s) {
            filter.expiry = Expiry::ExpiringWithin;
            filter.expiringWithinDays = 0;
        }
        try {
            KnowledgeStore::memories(m_db->session(), kNow, filter);
            QFAIL("accepted");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QCOMPARE(error.message(), message);
        }
    }

    void offersTheChoicesPresent()
    {
        const KnowledgeStore::MemoryChoices choices = KnowledgeStore::memoryChoices(m_db->session());
        QCOMPARE(choices.memoryTypes, (QStringList{u"observation"_s, u"pattern"_s, u"performance"_s, u"preference"_s}));
        QCOMPARE(choices.people, (QList<QPair<QString, QString>>{{m_fixture->id(u"ana"_s), u"Ana"_s},
                                                                 {m_fixture->id(u"ben"_s), u"Ben"_s}}));
        QCOMPARE(choices.locations, (QList<QPair<QString, QString>>{{m_fixture->id(u"harbor"_s), u"Harbor"_s},
                                                                    {m_fixture->id(u"hilltop"_s), u"Hilltop"_s}}));
    }

    void correctsPoliciesAndMemories()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        const QString harbor = KnowledgeFixture::addLocation(s, u"Harbor"_s);
        const QString ana = addUser(s, u"Ana Ruiz"_s);

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
                          "WHERE action = 'ai_policy_notes.update'"_s)
                     .toString(),
                 u"70→90"_s);

        const QString memory =
            s.scalar(u"INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence) VALUES "
                     "('user', ?::uuid, 'pattern', 'Often late on Fridays', 0.7) RETURNING id::text"_s,
                     {ana})
                .toString();
        KnowledgeStore::MemoryFilter search;
        search.text = u"fridays"_s;
        QCOMPARE(KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc(), search).memories.front().subject,
                 u"Ana Ruiz"_s);
        search.text = u"ana ruiz"_s;
        QCOMPARE(KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc(), search).memories.size(), 1);
        KnowledgeStore::setMemoryExpiry(s, memory, QDateTime::currentDateTimeUtc().addSecs(-60), maria);
        QVERIFY(KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc())
                    .memories.isEmpty()); // expired: not what the agent reads
        KnowledgeStore::MemoryFilter all;
        all.includeInactive = true;
        QCOMPARE(KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc(), all).memories.size(), 1);
        KnowledgeStore::setMemoryExpiry(s, memory, {}, maria);
        KnowledgeStore::setMemoryActive(s, memory, false, maria);
        QVERIFY(KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.isEmpty());
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE entity_type = 'ai_memory' AND user_id = ?::uuid"_s,
                          {maria})
                     .toInt(),
                 3);
        QVERIFY_THROWS_EXCEPTION(
            DbError, KnowledgeStore::setMemoryActive(s, u"00000000-0000-4000-8000-000000000000"_s, true, maria));
    }

    void rewritesAMemory()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        const QString ana = addUser(s, u"Ana"_s);
        const QString id = s.scalar(u"INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence) VALUES "
                                    "('user', ?::uuid, 'pattern', 'Often late on Fridays.', 0.70) RETURNING id::text"_s,
                                    {ana})
                               .toString();
        KnowledgeStore::Memory memory = KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.front();
        memory.content = u"  Late on Fridays when the bus is late; it is not her fault.  "_s;
        memory.memoryType = u"context"_s;
        memory.confidence = 0.456;
        KnowledgeStore::updateMemory(s, memory, maria);

        const KnowledgeStore::Memory saved =
            KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.front();
        QCOMPARE(saved.content, u"Late on Fridays when the bus is late; it is not her fault."_s);
        QCOMPARE(saved.memoryType, u"context"_s);
        QCOMPARE(saved.confidence, 0.46); // numeric(3,2)
        QCOMPARE(saved.observations, 1);  // a manager's rewrite is not an observation
        const SqlRows audit =
            s.select(u"SELECT action, user_id::text, entity_type, entity_id, before_data ->> 'content', "
                     "after_data ->> 'content', before_data ->> 'memory_type', after_data ->> 'memory_type', "
                     "(before_data ->> 'confidence')::float8, (after_data ->> 'confidence')::float8 "
                     "FROM audit_logs"_s);
        QCOMPARE(audit.size(), 1);
        const QVariantList row = audit.rows.front();
        QCOMPARE(row.at(0).toString(), u"ai_memory.update"_s);
        QCOMPARE(row.at(1).toString(), maria);
        QCOMPARE(row.at(2).toString(), u"ai_memory"_s);
        QCOMPARE(row.at(3).toString(), id);
        QCOMPARE(row.at(4).toString(), u"Often late on Fridays."_s);
        QCOMPARE(row.at(5).toString(), saved.content);
        QCOMPARE(row.at(6).toString(), u"pattern"_s);
        QCOMPARE(row.at(7).toString(), u"context"_s);
        QCOMPARE(row.at(8).toDouble(), 0.7);
        QCOMPARE(row.at(9).toDouble(), 0.46);

        memory.id = u"00000000-0000-4000-8000-000000000000"_s;
        QVERIFY_THROWS_EXCEPTION(DbError, KnowledgeStore::updateMemory(s, memory, maria));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs"_s).toInt(), 1);
    }

    void refusesABadRewrite_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("type");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("too short") << u"  Late.   "_s << u"pattern"_s << 0.5 << u"content"_s
                                   << u"Write the memory in at least a full sentence (10 characters)."_s;
        QTest::newRow("too long") << QString(501, u'x') << u"pattern"_s << 0.5 << u"content"_s
                                  << u"Keep the memory within 500 characters: the Office Manager reads every active "
                                     "memory in its prompt."_s;
        QTest::newRow("no type") << u"Often late on Fridays."_s << u"  "_s << 0.5 << u"memoryType"_s
                                 << u"Give the memory a type, such as pattern or preference."_s;
        QTest::newRow("type on two lines")
            << u"Often late on Fridays."_s << u"pattern\nlate"_s << 0.5 << u"memoryType"_s
            << u"The type is a word or two on one line (at most 40 characters)."_s;
        QTest::newRow("confidence above 1") << u"Often late on Fridays."_s << u"pattern"_s << 1.2 << u"confidence"_s
                                            << u"The confidence is between 0 and 1."_s;
        QTest::newRow("confidence below 0") << u"Often late on Fridays."_s << u"pattern"_s << -0.1 << u"confidence"_s
                                            << u"The confidence is between 0 and 1."_s;
    }

    void refusesABadRewrite()
    {
        QFETCH(QString, content);
        QFETCH(QString, type);
        QFETCH(double, confidence);
        QFETCH(QString, field);
        QFETCH(QString, message);
        KnowledgeStore::Memory memory = KnowledgeStore::memories(m_db->session(), kNow).memories.front();
        const QString before = memory.content;
        memory.content = content;
        memory.memoryType = type;
        memory.confidence = confidence;
        QCOMPARE(KnowledgeStore::validateMemory(memory), (QList<FieldProblem>{{field, message}}));
        try {
            KnowledgeStore::updateMemory(m_db->session(), memory, m_fixture->id(u"ana"_s));
            QFAIL("saved");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QCOMPARE(error.message(), message);
        }
        QCOMPARE(m_db->session().scalar(u"SELECT content FROM ai_memory WHERE id = ?::uuid"_s, {memory.id}).toString(),
                 before);
        QCOMPARE(m_db->session().scalar(u"SELECT count(*) FROM audit_logs"_s).toInt(), 0);
    }

    void namesTheRunsBehindAMemory()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const QString ana = addUser(s, u"Ana"_s);
        const QDateTime monday(QDate(2026, 3, 2), QTime(11, 0), QTimeZone::utc());
        const QDateTime tuesday = monday.addDays(1);
        const QString first = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, monday);
        const QString second = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, tuesday);
        const auto tool = std::make_shared<WriteMemoryTool>();
        const nlohmann::json arguments = {{"scope", "user"},
                                          {"userId", ana.toStdString()},
                                          {"memoryType", "pattern"},
                                          {"content", "Ana is often late on Fridays."},
                                          {"confidence", 0.6}};
        QCOMPARE(KnowledgeFixture::call(s, tool, first, monday, arguments).status, ToolCallOutcome::Status::Executed);
        KnowledgeStore::Memory m = KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.front();
        QCOMPARE(m.createdByRun.id, first);
        QCOMPARE(m.createdByRun.agent, u"revenue_optimizer"_s);
        QCOMPARE(m.createdByRun.startedAt, monday);
        QCOMPARE(m.lastConfirmedByRun.id, first); // the observation that created it

        // The next night's run sees it again: same memory, confirmed by the second run.
        QCOMPARE(KnowledgeFixture::call(s, tool, second, tuesday, arguments).status, ToolCallOutcome::Status::Executed);
        m = KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.front();
        QCOMPARE(m.observations, 2);
        QCOMPARE(m.createdByRun.id, first);
        QCOMPARE(m.lastConfirmedByRun.id, second);
        QCOMPARE(m.lastConfirmedByRun.startedAt, tuesday);

        // Observed again by something that left no action row (TeamTime's own release): only the time is known.
        s.exec(u"UPDATE ai_memory SET observation_count = observation_count + 1, "
               "last_observed_at = now() + interval '1 second'"_s);
        m = KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories.front();
        QCOMPARE(m.observations, 3);
        QVERIFY(m.lastConfirmedByRun.id.isEmpty());
        QVERIFY(m.lastObserved > QDateTime::currentDateTimeUtc().addSecs(-60));

        // A run of TeamTime's first release has no run record; its actions still say which agent ran it and when.
        const QString teamTimeRun = u"00000000-0000-4000-8000-00000000abcd"_s;
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at) VALUES "
               "('revenue_optimizer', ?::uuid, ?::timestamptz)"_s,
               {teamTimeRun, SqlSession::timestamp(monday.addDays(-7))});
        s.exec(u"INSERT INTO ai_memory (scope, memory_type, content, created_by_run_id, last_observed_at) VALUES "
               "('global', 'pattern', 'Quiet after the holidays.', ?::uuid, now() - interval '1 day'), "
               "('global', 'pattern', 'Busy before the holidays.', '00000000-0000-4000-8000-00000000ffff', "
               "now() - interval '2 days')"_s,
               {teamTimeRun});
        const QList<KnowledgeStore::Memory> list =
            KnowledgeStore::memories(s, QDateTime::currentDateTimeUtc()).memories;
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).createdByRun.id, teamTimeRun);
        QCOMPARE(list.at(1).createdByRun.agent, u"revenue_optimizer"_s);
        QCOMPARE(list.at(1).createdByRun.startedAt, monday.addDays(-7));
        QCOMPARE(list.at(2).createdByRun.id, u"00000000-0000-4000-8000-00000000ffff"_s); // the id, all we know
        QVERIFY(!list.at(2).createdByRun.isKnown());
        QVERIFY(!list.at(2).createdByRun.startedAt.isValid());
    }

    void tellsWhoWroteAPolicy()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease); // keeps created_by_user_id
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        const QString olga = addUser(s, u"Olga"_s, u"manager"_s);
        const QDateTime started(QDate(2026, 3, 2), QTime(11, 0), QTimeZone::utc());
        const QString run = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, started);
        const auto find = [&](const QString &id) {
            for (const KnowledgeStore::Policy &p : KnowledgeStore::policies(s))
                if (p.id == id)
                    return p;
            return KnowledgeStore::Policy{};
        };

        // Added in TeamTime's web app, before the console existed.
        const QString fromWeb = s.scalar(u"INSERT INTO ai_policy_notes (content, created_by_user_id) VALUES "
                                         "('Greet every customer within a minute.', ?::uuid) RETURNING id::text"_s,
                                         {olga})
                                    .toString();
        KnowledgeStore::Policy p = find(fromWeb);
        QCOMPARE(KnowledgeStore::lastWriter(p), KnowledgeStore::Writer::TeamTimeUser);
        QCOMPARE(p.createdByUserId, olga);
        QCOMPARE(p.createdByUserName, u"Olga"_s);
        QVERIFY(p.updatedByRun.id.isEmpty());
        QVERIFY(!p.lastManagerEdit.at.isValid());

        // Written by the optimizer's run.
        const auto tool = std::make_shared<UpdatePolicyTool>();
        const ToolCallOutcome created = KnowledgeFixture::call(
            s, tool, run, started,
            {{"action", "create"}, {"content", "Close the Harbor till at 17:30."}, {"priority", 60}});
        QCOMPARE(created.status, ToolCallOutcome::Status::Executed);
        const QString fromRun = QString::fromStdString(created.effect.result["policyId"].get<std::string>());
        p = find(fromRun);
        QCOMPARE(KnowledgeStore::lastWriter(p), KnowledgeStore::Writer::Run);
        QCOMPARE(p.updatedByRun.id, run);
        QCOMPARE(p.updatedByRun.agent, u"revenue_optimizer"_s);
        QCOMPARE(p.updatedByRun.startedAt, started);
        QVERIFY(p.createdByUserId.isEmpty());

        // A manager rewrites it in the console: now it reads as hers, and the run is still known.
        p.priority = 80;
        KnowledgeStore::updatePolicy(s, p, maria);
        p = find(fromRun);
        QCOMPARE(KnowledgeStore::lastWriter(p), KnowledgeStore::Writer::Manager);
        QCOMPARE(p.lastManagerEdit.userId, maria);
        QCOMPARE(p.lastManagerEdit.name, u"Maria"_s);
        QCOMPARE(p.lastManagerEdit.action, u"ai_policy_notes.update"_s);
        QCOMPARE(p.lastManagerEdit.at, p.updatedAt);
        QCOMPARE(p.updatedByRun.id, run);
        QVERIFY(p.createdAt <= p.updatedAt);

        // The next run rewrites it again: the run is the writer once more.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(1);
        const QString next = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, later);
        s.exec(u"SELECT pg_sleep(0.01)"_s); // a later transaction: a later updated_at than the manager's edit
        QCOMPARE(KnowledgeFixture::call(s, tool, next, later,
                                        {{"action", "update"}, {"policyId", fromRun.toStdString()}, {"priority", 70}})
                     .status,
                 ToolCallOutcome::Status::Executed);
        p = find(fromRun);
        QCOMPARE(KnowledgeStore::lastWriter(p), KnowledgeStore::Writer::Run);
        QCOMPARE(p.updatedByRun.id, next);
        QCOMPARE(p.lastManagerEdit.name, u"Maria"_s); // still shown as the last manager to touch it

        // Created in the console: the manager, from the start.
        KnowledgeStore::Policy fresh;
        fresh.content = u"Thank people who cover a late colleague."_s;
        p = find(KnowledgeStore::createPolicy(s, fresh, maria));
        QCOMPARE(KnowledgeStore::lastWriter(p), KnowledgeStore::Writer::Manager);
        QCOMPARE(p.lastManagerEdit.action, u"ai_policy_notes.create"_s);
    }

    void readsPoliciesWithoutTheCreatorColumn()
    {
        TestDatabase db; // TeamTime without AI tables: our migration creates ai_policy_notes without created_by_user_id
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"INSERT INTO ai_policy_notes (content) VALUES ('Greet every customer within a minute.')"_s);
        const QList<KnowledgeStore::Policy> list = KnowledgeStore::policies(s);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.front().createdByUserName.isEmpty());
        QCOMPARE(KnowledgeStore::lastWriter(list.front()), KnowledgeStore::Writer::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeStore)
#include "tst_knowledgestore.moc"
