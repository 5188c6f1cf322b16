// send_direct_message on a real TeamTime database: who may be messaged, one conversation per person (never one per
// message), TeamTime's notification, and nothing left behind when the surrounding transaction fails.
#include "context/contextrequestloader.h"
#include "db/dberror.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/senddirectmessagetool.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestSendDirectMessageTool : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        std::unique_ptr<TestDatabase> db;
        ContextRequest request;
        ToolContext context;
        QString ana;
    };

    static Setup setUp(TestDatabase::Schema schema = TestDatabase::Schema::Baseline)
    {
        Setup setup;
        setup.db = std::make_unique<TestDatabase>(schema);
        SqlSession &s = setup.db->session();
        Migrator().migrate(s);
        setup.request = ContextRequestLoader::load(s, Agent::OfficeManager, Clock::system());
        setup.context.runId = u"00000000-0000-4000-8000-000000000001"_s;
        setup.context.dryRun = false;
        setup.context.aiSystemUserId = setup.request.aiSystemUserId;
        setup.context.request = &setup.request;
        setup.ana = person(s, u"Ana Ruiz"_s);
        return setup;
    }

    static QString person(SqlSession &s, const QString &name, bool active = true)
    {
        return s
            .scalar(u"INSERT INTO users (email, username, pin_hash, name, is_active) VALUES (?, ?, 'x', ?, ?) "
                    "RETURNING id"_s,
                    {QVariant(name + u"@x"_s), name, name, active})
            .toString();
    }

    static json message(const QString &to)
    {
        return {{"toUserId", to.toStdString()}, {"message", "Hi, your shift started 25 minutes ago. All OK?"}};
    }

private Q_SLOTS:
    void refusesWhoItMustNotMessage()
    {
        Setup setup = setUp(TestDatabase::Schema::Current);
        SqlSession &s = setup.db->session();
        // Reload now that the migrations ran on the current schema: user types are there.
        setup.request = ContextRequestLoader::load(s, Agent::OfficeManager, Clock::system());
        const SendDirectMessageTool tool;
        const QString former = person(s, u"Ed Former"_s, false);
        const QString vendor = person(s, u"Vera Vendor"_s);
        const QString vendorType =
            s.scalar(u"INSERT INTO user_types (name) VALUES ('Vendor') RETURNING id"_s).toString();
        s.exec(u"UPDATE users SET user_type_id = ? WHERE id = ?"_s, {vendorType, vendor});

        QVERIFY(tool.validate(s, message(setup.ana), setup.context).isEmpty());
        QCOMPARE(tool.validate(s, message(former), setup.context),
                 QStringList{u"Ed Former [user %1] is no longer active; leave them out."_s.arg(former)});
        QCOMPARE(tool.validate(s, message(vendor), setup.context),
                 QStringList{
                     u"Vera Vendor [user %1] is not staff (a vendor, perhaps); the agents do not message them."_s.arg(
                         vendor)});
        QCOMPARE(tool.validate(s, message(setup.context.aiSystemUserId), setup.context),
                 QStringList{
                     u"%1 is the Office Manager itself, not a member of staff."_s.arg(setup.context.aiSystemUserId)});
        QCOMPARE(
            tool.validate(s, message(u"9b2e8a7c-0000-4000-8000-000000000000"_s), setup.context),
            QStringList{u"No person has the id 9b2e8a7c-0000-4000-8000-000000000000: use an id from the context."_s});
        const QStringList byName = tool.validate(s, message(u"Ana Ruiz"_s), setup.context);
        QCOMPARE(byName.size(), 1);
        QVERIFY(byName.first().startsWith(u"toUserId must be an id copied from the context"_s));
    }

    void keepsOneConversationPerPerson()
    {
        Setup setup = setUp();
        SqlSession &s = setup.db->session();
        const SendDirectMessageTool tool;
        ToolEffect first;
        ToolEffect second;
        s.transaction([&] { first = tool.execute(s, message(setup.ana), setup.context); });
        s.transaction([&] { second = tool.execute(s, message(setup.ana), setup.context); });
        QCOMPARE(first.result["conversationId"], second.result["conversationId"]);
        QVERIFY(first.createdMessageId != second.createdMessageId);
        QCOMPARE(first.targetUserId, setup.ana);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM conversations"_s).toInt(), 1);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE is_system_message AND sender_id = ?::uuid"_s,
                          {setup.context.aiSystemUserId})
                     .toInt(),
                 2);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM notifications WHERE user_id = ?::uuid AND type = 'new_message' "
                          "AND data ->> 'messageId' = ?"_s,
                          {setup.ana, second.createdMessageId})
                     .toInt(),
                 1);
        QCOMPARE(tool.formatResult(second), u"Message sent (message %1)."_s.arg(second.createdMessageId));
    }

    void usesTheConversationTeamTimeAlreadyHas()
    {
        Setup setup = setUp();
        SqlSession &s = setup.db->session();
        const QString bo = person(s, u"Bo Lind"_s);
        // A group chat with Ana and someone else is not "the" direct conversation; an existing direct one is.
        const QString group = s.scalar(u"INSERT INTO conversations (type) VALUES ('direct') RETURNING id"_s).toString();
        s.exec(u"INSERT INTO conversation_participants (conversation_id, user_id) VALUES (?, ?), (?, ?), (?, ?)"_s,
               {group, setup.context.aiSystemUserId, group, setup.ana, group, bo});
        const QString direct =
            s.scalar(u"INSERT INTO conversations (type) VALUES ('direct') RETURNING id"_s).toString();
        s.exec(u"INSERT INTO conversation_participants (conversation_id, user_id) VALUES (?, ?), (?, ?)"_s,
               {direct, setup.context.aiSystemUserId, direct, setup.ana});
        ToolEffect effect;
        s.transaction([&] { effect = SendDirectMessageTool().execute(s, message(setup.ana), setup.context); });
        QCOMPARE(effect.result["conversationId"], json(direct.toStdString()));
    }

    // The executor runs a tool's effect in one transaction with its log row: when anything after the effect fails,
    // no message, conversation or notification may remain.
    void leavesNothingWhenTheTransactionFails()
    {
        Setup setup = setUp();
        SqlSession &s = setup.db->session();
        QVERIFY_THROWS_EXCEPTION(DbError, s.transaction([&] {
            SendDirectMessageTool().execute(s, message(setup.ana), setup.context);
            s.exec(u"INSERT INTO ai_actions (agent) VALUES ('office_manager')"_s); // the log row fails: run_id missing
        }));
        for (const QString &table : {u"conversations"_s, u"messages"_s, u"notifications"_s})
            QCOMPARE(s.scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendDirectMessageTool)
#include "tst_senddirectmessagetool.moc"
