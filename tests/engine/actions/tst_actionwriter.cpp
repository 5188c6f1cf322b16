// The one writer of ai_actions: every column a row brings is written, empty texts and unset options as NULL, and the
// row's own time only when it brings one.
#include "actions/actionwriter.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestActionWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    SqlSession &s() { return m_db->session(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
    }

    void writesACallWithEveryColumn()
    {
        const QString ana =
            s().scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') "
                       "RETURNING id"_s)
                .toString();
        const QDateTime started(QDate(2026, 11, 24), QTime(18, 30), Qt::UTC);
        ActionRow row;
        row.agent = Agent::RevenueOptimizer;
        row.runId = u"8a4b0c7e-1d2f-4e5a-9b6c-7d8e9f0a1b2c"_s;
        row.runStartedAt = started;
        row.createdAt = started.addSecs(5);
        row.contextSnapshot = {{"modules", 3}};
        row.contextTokens = 1200;
        row.reasoning = u"Ana is often late on Fridays."_s;
        row.toolName = u"write_memory"_s;
        row.toolParams = json{{"content", "late on Fridays"}};
        row.executed = true;
        row.executionResult = json{{"status", "executed"}};
        row.targetUserId = ana;
        const QString id = ActionWriter::append(s(), row);
        const SqlRows written = s().select(
            u"SELECT agent::text, run_id::text, run_started_at = ?::timestamptz, created_at = ?::timestamptz, "
            "context_snapshot ->> 'modules', context_tokens, reasoning, tool_name, tool_params ->> 'content', "
            "executed, "
            "execution_result ->> 'status', blocked_reason IS NULL, error IS NULL, target_user_id::text, "
            "created_task_id IS NULL, tokens_used IS NULL FROM ai_actions WHERE id = ?::uuid"_s,
            {SqlSession::timestamp(started), SqlSession::timestamp(started.addSecs(5)), id});
        QCOMPARE(written.rows.size(), 1);
        QCOMPARE(written.rows.front(), (QVariantList{u"revenue_optimizer"_s, row.runId, true, true, u"3"_s, 1200,
                                                     row.reasoning, u"write_memory"_s, u"late on Fridays"_s, true,
                                                     u"executed"_s, true, true, ana, true, true}));
    }

    void writesAnObservationWithNullsAndTheColumnsDefaultTime()
    {
        ActionRow row;
        row.runId = u"8a4b0c7e-1d2f-4e5a-9b6c-7d8e9f0a1b2c"_s;
        row.runStartedAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        row.tokensUsed = 4100;
        row.targetUserId = u"not-a-user"_s; // the model may name anyone: no user, no link
        const QString id = ActionWriter::append(s(), row);
        const SqlRows written =
            s().select(u"SELECT agent::text, tool_name IS NULL, tool_params IS NULL, reasoning IS NULL, executed, "
                       "execution_result IS NULL, context_tokens IS NULL, target_user_id IS NULL, tokens_used, "
                       "created_at > run_started_at FROM ai_actions WHERE id = ?::uuid"_s,
                       {id});
        QCOMPARE(written.rows.front(),
                 (QVariantList{u"office_manager"_s, true, true, true, false, true, true, true, 4100, true}));
    }
};

QTEST_GUILESS_MAIN(TestActionWriter)
#include "tst_actionwriter.moc"
