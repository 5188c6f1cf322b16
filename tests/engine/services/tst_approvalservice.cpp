// The approval service against a real database: what waits, and decisions stamped with the manager who made them
// (the email, or the name when the account has none), run on the session's workers with the session's tools.
#include "context/contextrequestloader.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "services/approvalservice.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "tools/senddirectmessagetool.h"
#include "tools/toolexecutor.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestApprovalService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    SqlSession &s() { return m_db->session(); }
    QString person(const QString &name)
    {
        return s()
            .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                    {QVariant(name + u"@x"_s), name, name})
            .toString();
    }
    // A direct message to `userId` queued the way a live run queues it; the approval's id.
    QString queued(const QString &userId)
    {
        const ToolExecutor executor({std::make_shared<SendDirectMessageTool>()});
        const ContextRequest request = ContextRequestLoader::load(s(), Agent::OfficeManager, Clock::system());
        const ToolContext context{u"00000000-0000-4000-8000-000000000052"_s, Agent::OfficeManager, false,
                                  request.aiSystemUserId, &request};
        LlmToolCall call;
        call.id = u"call"_s;
        call.name = u"send_direct_message"_s;
        call.arguments = {{"toUserId", userId.toStdString()}, {"message", "Are you coming in today?"}};
        const ToolCallOutcome outcome = executor.handle(
            s(), call, context, {QDateTime::currentDateTimeUtc(), nlohmann::json::object(), 900, u"No show."_s});
        return s()
            .scalar(u"SELECT id::text FROM mentats_approvals WHERE action_id = ?::uuid"_s, {outcome.actionId})
            .toString();
    }
    QString decision(const QString &approvalId)
    {
        return s()
            .scalar(u"SELECT status || '/' || decided_by FROM mentats_approvals WHERE id = ?::uuid"_s, {approvalId})
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Schema::Current);
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false WHERE agent = 'office_manager'"_s);
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, requires_confirmation) "
                 "VALUES ('office_manager', 'send_direct_message', true)"_s);
    }

    void decidesForTheManager()
    {
        const QString toAna = queued(person(u"Ana Ruiz"_s));
        const QString toBo = queued(person(u"Bo Lind"_s));
        const SignedInUser maria{person(u"Maria"_s), u"Maria"_s, QString(), u"manager"_s};
        const SignedInUser sam{person(u"Sam"_s), u"Sam"_s, u"sam@store"_s, u"admin"_s};

        EngineSession session(m_db->settings());
        const QList<ApprovalQueue::Pending> waiting = Wait::forTask(session.approvals().pending());
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(Wait::forTask(session.approvals().waitingCount()), 2); // the tray's count
        // A session whose clock stands past the expiry counts none of them, without a row rewritten.
        EngineSession later(m_db->settings(), std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc().addSecs(
                                                  (ToolExecutor::kApprovalHours + 1) * 3600)));
        QCOMPARE(Wait::forTask(later.approvals().waitingCount()), 0);

        const ApprovalQueue::Decision approved = Wait::forTask(session.approvals().approve(toAna, maria));
        QCOMPARE(approved.status, u"approved"_s);
        QCOMPARE(decision(toAna), u"approved/Maria"_s);
        QCOMPARE(Wait::forTask(session.approvals().waitingCount()), 1);
        const ApprovalQueue::Decision again = Wait::forTask(session.approvals().approve(toAna, sam));
        QCOMPARE(again.status, u"already_decided"_s);

        const ApprovalQueue::Decision rejected =
            Wait::forTask(session.approvals().reject(toBo, sam, u"Bo called in."_s));
        QCOMPARE(rejected.status, u"rejected"_s);
        QCOMPARE(decision(toBo), u"rejected/sam@store"_s);
        QVERIFY(Wait::forTask(session.approvals().pending()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "tst_approvalservice.moc"
