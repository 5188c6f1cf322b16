// The approvals flow on a real database: a queued call runs only when a manager approves it, and then only if every
// check still passes; rejection and expiry are logged; two managers approving at once run it once.
#include "context/contextrequestloader.h"
#include "db/database.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/approvalqueue.h"
#include "tools/senddirectmessagetool.h"
#include "tools/toolexecutor.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestApprovalQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ContextRequest m_request;
    ToolContext m_context;
    const ToolExecutor m_executor{{std::make_shared<SendDirectMessageTool>()}};
    // The queue and the runs share one clock, which the tests move (to let an approval expire, say).
    const std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc());
    const ApprovalQueue m_queue{m_executor, m_clock};

    SqlSession &s() { return m_db->session(); }
    int count(const QString &sql, const QVariantList &params = {}) { return s().scalar(sql, params).toInt(); }
    QString person(const QString &name)
    {
        return s()
            .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                    {QVariant(name + u"@x"_s), name, name})
            .toString();
    }
    // Queues a direct message to `userId` the way a live run would, and returns the approval's id.
    QString queue(const QString &userId)
    {
        LlmToolCall call;
        call.id = u"call"_s;
        call.name = u"send_direct_message"_s;
        call.arguments = {{"toUserId", userId.toStdString()},
                          {"message", "Your shift started 20 minutes ago. All OK?"}};
        const ToolCallOutcome queued = m_executor.handle(
            s(), call, m_context, {m_clock->nowUtc(), json::object(), 900, u"Late without a word."_s});
        [&] { QCOMPARE(queued.status, ToolCallOutcome::Status::AwaitingApproval); }();
        return s()
            .scalar(u"SELECT id::text FROM mentats_approvals WHERE action_id = ?::uuid"_s, {queued.actionId})
            .toString();
    }
    int messagesTo(const QString &userId)
    {
        return count(u"SELECT count(*) FROM messages m JOIN conversation_participants p ON p.conversation_id = "
                     "m.conversation_id AND p.user_id = ?::uuid"_s,
                     {userId});
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Schema::Current);
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false WHERE agent = 'office_manager'"_s);
        // A manager wants to see every direct message before it goes (TeamTime's ai_tool_config shape).
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, requires_confirmation) "
                 "VALUES ('office_manager', 'send_direct_message', true)"_s);
        m_clock->setNow(QDateTime::currentDateTimeUtc());
        m_request = ContextRequestLoader::load(s(), Agent::OfficeManager, m_clock);
        m_context = ToolContext{u"00000000-0000-4000-8000-000000000051"_s, Agent::OfficeManager, false,
                                m_request.aiSystemUserId, &m_request};
    }

    void runsOnlyWhenApproved()
    {
        const QString ana = person(u"Ana Ruiz"_s);
        const QString approval = queue(ana);
        QCOMPARE(messagesTo(ana), 0); // queued is not sent
        const QList<ApprovalQueue::Pending> waiting = m_queue.pending(s());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.front().targetName, u"Ana Ruiz"_s);
        QCOMPARE(waiting.front().reasoning, u"Late without a word."_s);
        QVERIFY(waiting.front().expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));

        const ApprovalQueue::Decision approved = m_queue.approve(s(), approval, u"maria@store"_s);
        QCOMPARE(approved.status, u"approved"_s);
        QVERIFY2(approved.message.startsWith(u"Approved and done: Message sent"_s), qPrintable(approved.message));
        QCOMPARE(messagesTo(ana), 1);
        const SqlRows log =
            s().select(u"SELECT executed, reasoning, run_id::text, context_snapshot #>> '{approval,decidedBy}' "
                       "FROM ai_actions WHERE id = ?::uuid"_s,
                       {approved.actionId});
        QCOMPARE(log.rows.front(), (QVariantList{true, u"Approved by maria@store. Late without a word."_s,
                                                 m_context.runId, u"maria@store"_s}));
        QCOMPARE(
            s().scalar(u"SELECT status || '/' || decided_by FROM mentats_approvals WHERE id = ?::uuid"_s, {approval})
                .toString(),
            u"approved/maria@store"_s);
        // Its cooldown started when it ran.
        QCOMPARE(count(u"SELECT count(*) FROM ai_cooldowns WHERE ai_action_id = ?::uuid"_s, {approved.actionId}), 1);

        const ApprovalQueue::Decision again = m_queue.approve(s(), approval, u"ben@store"_s);
        QVERIFY(!again.decided());
        QCOMPARE(again.message, u"This approval was already decided (approved)."_s);
        QCOMPARE(messagesTo(ana), 1);
        QVERIFY(m_queue.pending(s()).isEmpty());
    }

    void checksEverythingAgainWhenApproved()
    {
        const QString ana = person(u"Ana Ruiz"_s);
        const QString bo = person(u"Bo Lind"_s);
        const QString cy = person(u"Cy Moss"_s);
        const QString toAna = queue(ana);
        const QString toAnaAgain = queue(ana);
        const QString toBo = queue(bo);
        const QString toCy = queue(cy);

        // The person left in the meantime.
        s().exec(u"UPDATE users SET is_active = false WHERE id = ?::uuid"_s, {bo});
        const ApprovalQueue::Decision gone = m_queue.approve(s(), toBo, u"maria@store"_s);
        QCOMPARE(gone.status, u"failed"_s);
        QCOMPARE(gone.message,
                 u"Approved, but it did not run: Bo Lind [user %1] is no longer active; leave them out."_s.arg(bo));
        QCOMPARE(s().scalar(u"SELECT decision_note FROM mentats_approvals WHERE id = ?::uuid"_s, {toBo}).toString(),
                 u"Bo Lind [user %1] is no longer active; leave them out."_s.arg(bo));

        // The first message to Ana starts her cooldown; the second approval meets it.
        QCOMPARE(m_queue.approve(s(), toAna, u"maria@store"_s).status, u"approved"_s);
        const ApprovalQueue::Decision cooling = m_queue.approve(s(), toAnaAgain, u"maria@store"_s);
        QCOMPARE(cooling.status, u"failed"_s);
        QVERIFY2(cooling.message.contains(u"cooldown: send_direct_message was used for this person"_s),
                 qPrintable(cooling.message));

        // The kill switch, flipped after the call was queued.
        s().exec(u"UPDATE ai_config SET enabled = false WHERE agent = 'office_manager'"_s);
        const ApprovalQueue::Decision killed = m_queue.approve(s(), toCy, u"maria@store"_s);
        QCOMPARE(killed.status, u"failed"_s);
        QVERIFY2(killed.message.contains(u"kill switch"_s), qPrintable(killed.message));

        QCOMPARE(messagesTo(ana), 1);
        QCOMPARE(messagesTo(bo), 0);
        QCOMPARE(messagesTo(cy), 0);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions WHERE executed"_s), 1);
    }

    void rejectsAndExpires()
    {
        const QString ana = person(u"Ana Ruiz"_s);
        const QString rejected = queue(ana);
        QVERIFY_THROWS_EXCEPTION(DbError, m_queue.reject(s(), rejected, u"maria@store"_s, u"  "_s));
        const ApprovalQueue::Decision no = m_queue.reject(s(), rejected, u"maria@store"_s, u"She called in already."_s);
        QCOMPARE(no.status, u"rejected"_s);
        QCOMPARE(s().scalar(u"SELECT blocked_reason FROM ai_actions WHERE id = ?::uuid"_s, {no.actionId}).toString(),
                 u"rejected by maria@store: She called in already."_s);
        QCOMPARE(m_queue.approve(s(), rejected, u"ben@store"_s).message,
                 u"This approval was already decided (rejected)."_s);

        const QString stale = queue(ana);
        m_clock->advanceSecs(qint64(ToolExecutor::kApprovalHours) * 3600 + 60); // nobody decided within the day
        QVERIFY(m_queue.pending(s()).isEmpty()); // an expired call is not offered for approval
        QCOMPARE(m_queue.approve(s(), stale, u"maria@store"_s).status, u"expired"_s);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_approvals WHERE id = ?::uuid"_s, {stale}).toString(),
                 u"expired"_s);
        QCOMPARE(count(u"SELECT count(*) FROM ai_actions WHERE blocked_reason LIKE 'approval expired%'"_s), 1);
        QCOMPARE(m_queue.expire(s()), 0); // once
        QCOMPARE(messagesTo(ana), 0);
    }

    void twoManagersApprovingAtOnceRunItOnce()
    {
        const QString ana = person(u"Ana Ruiz"_s);
        const QString approval = queue(ana);
        Database pool(m_db->settings(), 2);
        const auto approve = [&](const QString &who) {
            return pool.run(
                [this, approval, who](SqlSession &session) { return m_queue.approve(session, approval, who).status; });
        };
        QFuture<QString> first = approve(u"maria@store"_s);
        QFuture<QString> second = approve(u"ben@store"_s);
        const QStringList statuses = {Wait::forFuture(first), Wait::forFuture(second)};
        QCOMPARE(statuses.count(u"approved"_s), 1);
        QCOMPARE(statuses.count(u"already_decided"_s), 1);
        QCOMPARE(messagesTo(ana), 1);
    }

    // What the tray's notification counts: the approvals still waiting for a manager.
    void countsWhatWaits()
    {
        const QString ana = person(u"Ana Ruiz"_s);
        QCOMPARE(m_queue.waitingCount(s()), 0);
        const QString first = queue(ana);
        const QString second = queue(ana);
        QCOMPARE(m_queue.waitingCount(s()), 2);
        QCOMPARE(m_queue.reject(s(), first, u"maria@store"_s, u"She called in already."_s).status, u"rejected"_s);
        QCOMPARE(m_queue.waitingCount(s()), 1);
        QCOMPARE(m_queue.approve(s(), second, u"maria@store"_s).status, u"approved"_s);
        QCOMPARE(m_queue.waitingCount(s()), 0);
    }
};

QTEST_GUILESS_MAIN(TestApprovalQueue)
#include "tst_approvalqueue.moc"
