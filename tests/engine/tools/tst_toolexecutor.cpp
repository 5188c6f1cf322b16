// Every control blocks exactly what it should, dry runs write nothing staff-facing, and an effect never exists
// without its log row (nor the log row claim an effect that was rolled back).
#include "context/contextrequestloader.h"
#include "db/dberror.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/senddirectmessagetool.h"
#include "tools/toolexecutor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// A tool that needs a manager's approval and notifies its target when it finally runs.
class PraiseTool final : public Tool
{
public:
    QString name() const override { return u"praise"_s; }
    QString description() const override { return u"Say thanks."_s; }
    Agent agent() const override { return Agent::OfficeManager; }
    json parameters() const override
    {
        return {{"type", "object"},
                {"properties", {{"userId", {{"type", "string"}, {"format", "uuid"}}}}},
                {"required", {"userId"}}};
    }
    bool requiresApproval() const override { return true; }
    ToolEffect execute(SqlSession &, const json &, const ToolContext &) const override { return {}; }
    QString formatResult(const ToolEffect &) const override { return u"thanked"_s; }
    QString targetUserId(const json &arguments) const override
    {
        return QString::fromStdString(arguments.value("userId", ""));
    }
};

// A tool whose effect is written and then fails: nothing of it may survive.
class BrokenTool final : public Tool
{
public:
    QString name() const override { return u"broken"_s; }
    QString description() const override { return u"Fails after writing."_s; }
    Agent agent() const override { return Agent::OfficeManager; }
    json parameters() const override
    {
        return {{"type", "object"},
                {"properties", {{"userId", {{"type", "string"}, {"format", "uuid"}}}}},
                {"required", {"userId"}}};
    }
    ToolEffect execute(SqlSession &session, const json &arguments, const ToolContext &) const override
    {
        session.exec(
            u"INSERT INTO notifications (user_id, type, title) VALUES (?::uuid, 'task_assigned', 'half done')"_s,
            {QString::fromStdString(arguments.at("userId").get<std::string>())});
        session.exec(u"SELECT no_such_column FROM users"_s);
        return {};
    }
    QString formatResult(const ToolEffect &) const override { return {}; }
    QString targetUserId(const json &arguments) const override
    {
        return QString::fromStdString(arguments.value("userId", ""));
    }
};

LlmToolCall call(const QString &tool, const json &arguments)
{
    LlmToolCall c;
    c.id = u"call_1"_s;
    c.name = tool;
    c.arguments = arguments;
    c.rawArguments = QString::fromStdString(arguments.dump());
    return c;
}

} // namespace

class TestToolExecutor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ContextRequest m_request;
    ToolContext m_context;
    QString m_ana;
    QString m_bo;
    const ToolExecutor m_executor{
        {std::make_shared<SendDirectMessageTool>(), std::make_shared<PraiseTool>(), std::make_shared<BrokenTool>()}};
    ActionLogFields m_log{QDateTime::currentDateTimeUtc(), {{"expectedButMissing", 1}}, 1200, u"Ana is late."_s};

    SqlSession &s() { return m_db->session(); }
    json message(const QString &to) const
    {
        return {{"toUserId", to.toStdString()}, {"message", "Hi, your shift started 25 minutes ago. All OK?"}};
    }
    ToolCallOutcome send(const QString &to)
    {
        return m_executor.handle(s(), call(u"send_direct_message"_s, message(to)), m_context, m_log);
    }
    int count(const QString &table) { return s().scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toInt(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Schema::Current);
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false WHERE agent = 'office_manager'"_s);
        m_request = ContextRequestLoader::load(s(), Agent::OfficeManager, Clock::system());
        m_context = ToolContext{u"00000000-0000-4000-8000-000000000042"_s, Agent::OfficeManager, false,
                                m_request.aiSystemUserId, &m_request};
        const auto person = [this](const QString &name) {
            return s()
                .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id"_s,
                        {QVariant(name + u"@x"_s), name, name})
                .toString();
        };
        m_ana = person(u"Ana Ruiz"_s);
        m_bo = person(u"Bo Lind"_s);
    }

    void executesAndLogsTogether()
    {
        const ToolCallOutcome outcome = send(m_ana);
        QCOMPARE(outcome.status, ToolCallOutcome::Status::Executed);
        QVERIFY(!outcome.isErrorForModel);
        const SqlRows row =
            s().select(u"SELECT executed, tool_name, target_user_id::text, created_message_id::text, "
                       "reasoning, context_tokens, execution_result ->> 'status' FROM ai_actions WHERE id = ?::uuid"_s,
                       {outcome.actionId});
        QCOMPARE(row.rows.front(), (QVariantList{true, u"send_direct_message"_s, m_ana, outcome.effect.createdMessageId,
                                                 u"Ana is late."_s, 1200, u"executed"_s}));
        QCOMPARE(count(u"messages"_s), 1);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_cooldowns WHERE user_id = ?::uuid AND ai_action_id = ?::uuid "
                            "AND expires_at > now() + interval '29 minutes'"_s,
                            {m_ana, outcome.actionId})
                     .toInt(),
                 1);
    }

    void coolsDownPerPerson()
    {
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        const ToolCallOutcome again = send(m_ana);
        QCOMPARE(again.status, ToolCallOutcome::Status::Blocked);
        QCOMPARE(again.reason,
                 u"Not done: cooldown: send_direct_message was used for this person less than 30 minutes ago."_s);
        QCOMPARE(s().scalar(u"SELECT blocked_reason FROM ai_actions WHERE id = ?::uuid"_s, {again.actionId}).toString(),
                 again.reason);
        QCOMPARE(send(m_bo).status, ToolCallOutcome::Status::Executed); // someone else is fine
        QCOMPARE(count(u"messages"_s), 2);
    }

    void obeysTheManagersToolSettings()
    {
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, rate_limit_max_per_hour, cooldown_per_user_minutes) "
                 "VALUES ('office_manager', 'send_direct_message', 1, 0)"_s);
        QCOMPARE(send(m_ana).status, ToolCallOutcome::Status::Executed);
        const ToolCallOutcome limited = send(m_bo);
        QCOMPARE(limited.status, ToolCallOutcome::Status::Blocked);
        QVERIFY2(limited.reason.contains(u"rate limit: send_direct_message already ran 1 times in the last hour"_s),
                 qPrintable(limited.reason));
        s().exec(u"UPDATE ai_tool_config SET is_enabled = false"_s);
        QVERIFY(send(m_bo).reason.contains(u"tool disabled"_s));
        QCOMPARE(count(u"messages"_s), 1);
    }

    void stopsAtTheKillSwitchButDryRunsStillWork()
    {
        s().exec(u"UPDATE ai_config SET enabled = false WHERE agent = 'office_manager'"_s);
        const ToolCallOutcome stopped = send(m_ana);
        QCOMPARE(stopped.status, ToolCallOutcome::Status::Blocked);
        QVERIFY(stopped.reason.startsWith(u"Not done: kill switch: the Office Manager is disabled"_s));
        m_context.dryRun = true;
        const ToolCallOutcome tried = send(m_ana);
        QCOMPARE(tried.status, ToolCallOutcome::Status::DryRun);
        QCOMPARE(
            s().scalar(
                   u"SELECT execution_result -> 'with' ->> 'toUserId' FROM ai_actions WHERE id = ?::uuid AND NOT executed"_s,
                   {tried.actionId})
                .toString(),
            m_ana);
        // Nothing staff-facing, and no cooldown from a rehearsal.
        for (const QString &table : {u"conversations"_s, u"messages"_s, u"notifications"_s, u"ai_cooldowns"_s})
            QCOMPARE(count(table), 0);
    }

    void tellsTheModelWhatWasWrong()
    {
        const ToolCallOutcome byName =
            m_executor.handle(s(), call(u"send_direct_message"_s, message(u"Ana Ruiz"_s)), m_context, m_log);
        QCOMPARE(byName.status, ToolCallOutcome::Status::Invalid);
        QVERIFY(byName.isErrorForModel);
        QVERIFY(byName.resultForModel.startsWith(u"toUserId must be an id copied from the context"_s));
        QCOMPARE(s().scalar(u"SELECT error FROM ai_actions WHERE id = ?::uuid"_s, {byName.actionId}).toString(),
                 byName.reason);

        LlmToolCall garbled = call(u"send_direct_message"_s, json::object());
        garbled.argumentsError = u"the arguments are not valid JSON"_s;
        garbled.rawArguments = u"{\"toUserId\": "_s;
        QCOMPARE(
            m_executor.handle(s(), garbled, m_context, m_log).resultForModel,
            u"The call could not be read (the arguments are not valid JSON): send the arguments as a JSON object."_s);
        QCOMPARE(m_executor.handle(s(), call(u"fire_everyone"_s, json::object()), m_context, m_log).resultForModel,
                 u"There is no tool named \"fire_everyone\"."_s);
        QCOMPARE(count(u"messages"_s), 0);
        QCOMPARE(count(u"ai_actions"_s), 3); // every attempt is in the log
    }

    void queuesWhatNeedsApproval()
    {
        const ToolCallOutcome queued =
            m_executor.handle(s(), call(u"praise"_s, {{"userId", m_ana.toStdString()}}), m_context, m_log);
        QCOMPARE(queued.status, ToolCallOutcome::Status::AwaitingApproval);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_approvals WHERE action_id = ?::uuid"_s, {queued.actionId})
                     .toString(),
                 u"pending"_s);
        QCOMPARE(s().scalar(u"SELECT executed FROM ai_actions WHERE id = ?::uuid"_s, {queued.actionId}).toBool(),
                 false);
    }

    void neverLogsAFailedToolAsExecuted()
    {
        const ToolCallOutcome failed =
            m_executor.handle(s(), call(u"broken"_s, {{"userId", m_ana.toStdString()}}), m_context, m_log);
        QCOMPARE(failed.status, ToolCallOutcome::Status::Failed);
        QVERIFY(failed.isErrorForModel);
        QVERIFY2(
            failed.reason.startsWith(u"broken failed and nothing was done: column \"no_such_column\" does not exist"_s),
            qPrintable(failed.reason));
        QCOMPARE(count(u"notifications"_s), 0); // its half-written effect went with the rollback
        const SqlRows row =
            s().select(u"SELECT executed, error FROM ai_actions WHERE id = ?::uuid"_s, {failed.actionId});
        QCOMPARE(row.rows.front().at(0).toBool(), false);
        QCOMPARE(row.rows.front().at(1).toString(), failed.reason);
        QCOMPARE(count(u"ai_cooldowns"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestToolExecutor)
#include "tst_toolexecutor.moc"
