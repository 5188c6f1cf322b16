// create_task and flag_for_manager through the executor, on a real TeamTime database.
#include "context/contextrequestloader.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/createtasktool.h"
#include "tools/flagformanagertool.h"
#include "tools/sendnotificationtool.h"
#include "tools/toolexecutor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestOfficeManagerTools : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ContextRequest m_request;
    ToolContext m_context;
    QString m_ana;
    const ToolExecutor m_executor{{std::make_shared<CreateTaskTool>(), std::make_shared<FlagForManagerTool>(),
                                   std::make_shared<SendNotificationTool>()}};
    const ActionLogFields m_log{QDateTime::currentDateTimeUtc(), json::object(), 0, {}};

    SqlSession &s() { return m_db->session(); }
    QString person(const QString &name, const QString &role = u"staff"_s, bool active = true)
    {
        return s()
            .scalar(u"INSERT INTO users (email, username, pin_hash, name, role, is_active) VALUES (?, ?, 'x', ?, "
                    "?::user_role, ?) RETURNING id"_s,
                    {QVariant(name + u"@x"_s), name, name, role, active})
            .toString();
    }
    ToolCallOutcome call(const QString &tool, const json &arguments)
    {
        LlmToolCall c;
        c.id = u"call"_s;
        c.name = tool;
        c.arguments = arguments;
        return m_executor.handle(s(), c, m_context, m_log);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        m_request = ContextRequestLoader::load(s(), Agent::OfficeManager, Clock::system());
        m_context = ToolContext{u"00000000-0000-4000-8000-000000000007"_s, Agent::OfficeManager, false,
                                m_request.aiSystemUserId, &m_request};
        m_ana = person(u"Ana Ruiz"_s);
    }

    void createsAFollowUpTask()
    {
        const ToolCallOutcome outcome = call(u"create_task"_s, {{"assigneeId", m_ana.toStdString()},
                                                                {"title", "Count the till"},
                                                                {"priority", "high"},
                                                                {"dueInMinutes", 60}});
        QCOMPARE(outcome.status, ToolCallOutcome::Status::Executed);
        const SqlRows task = s().select(
            u"SELECT title, priority::text, status::text, source::text, created_by::text, assigned_to::text, "
            "due_at BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes' FROM tasks WHERE id = ?::uuid"_s,
            {outcome.effect.createdTaskId});
        QCOMPARE(task.rows.front(), (QVariantList{u"Count the till"_s, u"high"_s, u"not_started"_s,
                                                  u"event_triggered"_s, m_context.aiSystemUserId, m_ana, true}));
        QCOMPARE(s().scalar(u"SELECT created_task_id::text FROM ai_actions WHERE id = ?::uuid"_s, {outcome.actionId})
                     .toString(),
                 outcome.effect.createdTaskId);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM notifications WHERE type = 'task_assigned' AND user_id = ?::uuid"_s,
                            {m_ana})
                     .toInt(),
                 1);
        // Not for someone who has left.
        const QString former = person(u"Ed Former"_s, u"staff"_s, false);
        QCOMPARE(call(u"create_task"_s, {{"assigneeId", former.toStdString()}, {"title", "Count"}}).status,
                 ToolCallOutcome::Status::Invalid);
    }

    void flagsToEveryActiveManager()
    {
        const QString boss = person(u"Maria Admin"_s, u"admin"_s);
        const QString lead = person(u"Leo Manager"_s, u"manager"_s);
        person(u"Old Manager"_s, u"manager"_s, false);
        const ToolCallOutcome outcome =
            call(u"flag_for_manager"_s, {{"reason", "\"Count the till\" is 4 hours overdue."},
                                         {"relatedUserId", m_ana.toStdString()},
                                         {"relatedEntityType", "task"}});
        QCOMPARE(outcome.status, ToolCallOutcome::Status::Executed);
        QCOMPARE(outcome.resultForModel, u"Flagged to 2 manager(s)."_s);
        for (const QString &manager : {boss, lead}) {
            QCOMPARE(
                s().scalar(u"SELECT content FROM messages m JOIN conversation_participants p ON p.conversation_id = "
                           "m.conversation_id WHERE p.user_id = ?::uuid"_s,
                           {manager})
                    .toString(),
                u"For a manager, from the Office Manager: \"Count the till\" is 4 hours overdue. (about Ana Ruiz)"_s);
        }
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 2);
        // The same person again within the hour: cooled down.
        QCOMPARE(call(u"flag_for_manager"_s,
                      {{"reason", "Ana again, still overdue."}, {"relatedUserId", m_ana.toStdString()}})
                     .status,
                 ToolCallOutcome::Status::Blocked);
    }

    void sendsTeamTimeNotifications()
    {
        const ToolCallOutcome sent =
            call(u"send_notification"_s,
                 {{"toUserId", m_ana.toStdString()}, {"kind", "shift_reminder"}, {"title", "Your shift starts at 10"}});
        QCOMPARE(sent.status, ToolCallOutcome::Status::Executed);
        QCOMPARE(s().scalar(u"SELECT type::text || ' / ' || title || ' / ' || (data ->> 'runId') FROM notifications "
                            "WHERE user_id = ?::uuid"_s,
                            {m_ana})
                     .toString(),
                 u"shift_reminder / Your shift starts at 10 / "_s + m_context.runId);
        // TeamTime's notification types only; and one per person per half hour.
        QCOMPARE(
            call(u"send_notification"_s, {{"toUserId", m_ana.toStdString()}, {"kind", "new_message"}, {"title", "Hi"}})
                .status,
            ToolCallOutcome::Status::Invalid);
        QCOMPARE(call(u"send_notification"_s,
                      {{"toUserId", m_ana.toStdString()}, {"kind", "task_due"}, {"title", "Till count due"}})
                     .status,
                 ToolCallOutcome::Status::Blocked);
    }

    void cannotFlagWithoutManagers()
    {
        const ToolCallOutcome outcome = call(u"flag_for_manager"_s, {{"reason", "Something unusual happened."}});
        QCOMPARE(outcome.status, ToolCallOutcome::Status::Invalid);
        QCOMPARE(outcome.resultForModel, u"There is no active admin or manager to flag this to."_s);
    }
};

QTEST_GUILESS_MAIN(TestOfficeManagerTools)
#include "tst_officemanagertools.moc"
