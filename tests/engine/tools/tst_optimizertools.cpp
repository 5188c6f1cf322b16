// update_policy through the executor: create, rewrite, deactivate, each stamped with the run; what it refuses.
#include "context/contextrequestloader.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/toolexecutor.h"
#include "tools/updatepolicytool.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestOptimizerTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managesPolicies()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const ContextRequest request = ContextRequestLoader::load(s, Agent::RevenueOptimizer, Clock::system());
        const ToolContext context{u"00000000-0000-4000-8000-0000000000aa"_s, Agent::RevenueOptimizer, false,
                                  request.aiSystemUserId, &request};
        const ToolExecutor executor({std::make_shared<UpdatePolicyTool>()});
        const auto call = [&](const json &arguments) {
            LlmToolCall c;
            c.name = u"update_policy"_s;
            c.arguments = arguments;
            return executor.handle(s, c, context, {QDateTime::currentDateTimeUtc(), json::object(), 0, {}});
        };
        const QString harbor = s.scalar(u"INSERT INTO locations (name) VALUES ('Harbor') RETURNING id"_s).toString();

        const ToolCallOutcome created = call({{"action", "create"}, {"scope", "location"}, {"locationId", harbor.toStdString()},
                                              {"content", "Remind closers about the till count at 17:30."}, {"priority", 70}});
        QCOMPARE(created.status, ToolCallOutcome::Status::Executed);
        const QString id = QString::fromStdString(created.effect.result["policyId"].get<std::string>());
        QCOMPARE(s.scalar(u"SELECT scope::text || '/' || location_id::text || '/' || priority || '/' || updated_by_run_id::text "
                          "FROM ai_policy_notes WHERE id = ?::uuid"_s, {id}).toString(),
                 u"location/%1/70/%2"_s.arg(harbor, context.runId));

        QCOMPARE(call({{"action", "update"}, {"policyId", id.toStdString()}, {"priority", 90}}).status, ToolCallOutcome::Status::Executed);
        QCOMPARE(s.scalar(u"SELECT priority FROM ai_policy_notes WHERE id = ?::uuid"_s, {id}).toInt(), 90);
        QCOMPARE(call({{"action", "deactivate"}, {"policyId", id.toStdString()}}).resultForModel, u"Policy %1 deactivated."_s.arg(id));
        QCOMPARE(s.scalar(u"SELECT is_active FROM ai_policy_notes WHERE id = ?::uuid"_s, {id}).toBool(), false);

        QCOMPARE(call({{"action", "update"}, {"policyId", id.toStdString()}, {"priority", 10}}).resultForModel,
                 u"There is no active policy with the id %1."_s.arg(id));
        QCOMPARE(call({{"action", "create"}, {"scope", "role"}, {"content", "Purchasers log receipts the same day."}}).resultForModel,
                 u"A role policy needs targetRole."_s);
        QCOMPARE(call({{"action", "create"}, {"scope", "location"}, {"content", "Open at ten sharp, every day."}}).resultForModel,
                 u"A location policy needs the locationId of a location from the context."_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM ai_policy_notes"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOptimizerTools)
#include "tst_optimizertools.moc"
