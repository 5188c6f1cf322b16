// The worked example of docs/extending.md, exercised: a context provider (NoticeBoardProvider) and a tool
// (PostNoticeTool) added exactly as the new-module checklist says — a class each, registered, nothing else in the
// engine touched — then a whole Office Manager run against a real database and a fake Anthropic server over real
// HTTP: the module is in the prompt in its priority band with its attention count, the tool is offered with its
// schema, a call runs through every control and commits with its log row and cooldown, the business rule and the
// cooldown stop what they should, and the console's Tools & Context store lists both with their defaults.
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "migrations/migrator.h"
#include "noticeboardprovider.h"
#include "postnoticetool.h"
#include "runs/agentrunner.h"
#include "testdatabase.h"
#include "tools/toolcontrolstore.h"
#include "tools/toolregistry.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone("America/Los_Angeles")).toUTC();
} // namespace

class TestExtending : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<FixedClock> m_clock = std::make_shared<FixedClock>(kNow);
    QString m_maria;

    SqlSession &s() { return m_db->session(); }

    RunResult runWith(FakeLlmServer &server)
    {
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        AgentRunner runner(m_db->settings(), m_clock);
        return Wait::forTask(runner.run(std::move(options)));
    }

    static FakeLlmServer::Reply postNotice(const QString &title)
    {
        return FakeLlmServer::Reply::json(FakeLlmServer::anthropicToolUse(
            u"toolu_1"_s, u"post_notice"_s,
            {{"title", title.toStdString()},
             {"content", "The Main Street store opens at 11:00 on Friday for a delivery."}},
            u"Everyone should know."_s));
    }

private Q_SLOTS:
    // Checklist step "register it": once, at start-up, before any run reads the registries.
    void initTestCase()
    {
        QVERIFY(ContextRegistry::add(std::make_shared<NoticeBoardProvider>()));
        QVERIFY(ToolRegistry::add(std::make_shared<PostNoticeTool>()));
        // The same id twice is refused.
        QVERIFY(!ContextRegistry::add(std::make_shared<NoticeBoardProvider>()));
        QVERIFY(!ToolRegistry::add(std::make_shared<PostNoticeTool>()));
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
        s().exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
        m_maria = s().scalar(u"INSERT INTO users (email, username, pin_hash, name, role) "
                             "VALUES ('m@x', 'maria', 'x', 'Maria Lopez', 'manager') RETURNING id"_s)
                      .toString();
        // A pinned notice 40 days old (stale: attention) and a recent one.
        s().exec(u"INSERT INTO info_posts (title, content, category, is_pinned, created_by, created_at) VALUES "
                 "('Summer hours', 'We close at 18:00 until September.', 'general', true, ?::uuid, ?::timestamptz), "
                 "('New till procedure', 'Count the float twice.', 'procedures', false, ?::uuid, ?::timestamptz)"_s,
                 {m_maria, SqlSession::timestamp(kNow.addDays(-40)), m_maria, SqlSession::timestamp(kNow.addDays(-2))});
    }

    void theProviderFollowsTheStandard()
    {
        const auto providers = ContextRegistry::forAgent(Agent::OfficeManager);
        const auto found = std::ranges::find(providers, u"notice_board"_s, [](const auto &p) { return p->moduleId(); });
        QVERIFY(found != providers.end());
        QVERIFY(std::ranges::none_of(ContextRegistry::forAgent(Agent::RevenueOptimizer),
                                     [](const auto &p) { return p->moduleId() == u"notice_board"_s; }));

        const ContextRequest request = ContextRequestLoader::load(s(), Agent::OfficeManager, m_clock);
        const AssembledContext context = ContextAssembler(providers).assemble(s(), request, 20000);
        const ContextModule *module = context.module(u"notice_board"_s);
        QVERIFY(module);
        QCOMPARE(module->priority, 45); // the communication band: after pending actions, before analytics
        QCOMPARE(module->attention.value(u"staleNotices"_s), 1);
        QCOMPARE(int(module->data["notices"].size()), 2);
        QCOMPARE(module->data["notices"][0]["title"], json("Summer hours")); // pinned first
        QCOMPARE(module->data["notices"][0]["ageDays"], json(40.0));
        QVERIFY(module->prompt.startsWith(u"## Notice Board\n"_s));
        QVERIFY(module->prompt.contains(u"posted by Maria Lopez"_s));
        QVERIFY(module->tokenEstimate > 10);
        // Modules come in priority order: the notice board after the tasks (35 and below), before memories (81+).
        qsizetype at = -1;
        for (qsizetype i = 0; i < context.modules.size(); ++i) {
            if (context.modules.at(i).moduleId == u"notice_board"_s)
                at = i;
            else if (at < 0)
                QVERIFY(context.modules.at(i).priority <= 45);
            else
                QVERIFY(context.modules.at(i).priority >= 45);
        }
    }

    void aRunSeesTheModuleAndCallsTheTool()
    {
        FakeLlmServer server;
        server.enqueue(postNotice(u"Late opening Friday"_s));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Posted it."_s)));
        const RunResult result = runWith(server);
        QCOMPARE(result.status, RunStatus::Completed);
        QCOMPARE(result.executed, 1);

        // The model saw the module, and the tool with its JSON Schema.
        const json &request = server.requests().at(0).json;
        QVERIFY(QString::fromStdString(request.dump()).contains(u"## Notice Board"_s));
        const auto tool =
            std::ranges::find_if(request["tools"], [](const json &t) { return t["name"] == "post_notice"; });
        QVERIFY(tool != request["tools"].end());
        QCOMPARE((*tool)["input_schema"]["required"], json({"title", "content"}));

        // The effect, its log row and its global cooldown, together.
        const SqlRows notice =
            s().select(u"SELECT p.id::text, p.category, u.name FROM info_posts p "
                       "JOIN users u ON u.id = p.created_by WHERE p.title = 'Late opening Friday'"_s);
        QCOMPARE(notice.size(), 1);
        QCOMPARE(notice.value(0, u"category"_s).toString(), u"ai_notice"_s);
        QCOMPARE(notice.value(0, u"name"_s).toString(), u"Office Manager (AI)"_s);
        const SqlRows action = s().select(u"SELECT id::text, executed, execution_result ->> 'noticeId' FROM ai_actions "
                                          "WHERE run_id = ?::uuid AND tool_name = 'post_notice'"_s,
                                          {result.runId});
        QCOMPARE(action.size(), 1);
        QVERIFY(action.rows.front().at(1).toBool());
        QCOMPARE(action.rows.front().at(2).toString(), notice.rows.front().at(0).toString());
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_cooldowns WHERE action_type = 'post_notice' AND user_id IS NULL "
                            "AND ai_action_id = ?::uuid AND expires_at > ?::timestamptz"_s,
                            {action.rows.front().at(0), SqlSession::timestamp(kNow.addSecs(239 * 60))})
                     .toInt(),
                 1);

        // The next run: the same title breaks the business rule; a new one meets the four-hour cooldown.
        FakeLlmServer again;
        again.enqueue(postNotice(u"Late opening Friday"_s));
        again.enqueue(postNotice(u"Delivery on Friday"_s));
        again.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Done."_s)));
        const RunResult second = runWith(again);
        QCOMPARE(second.status, RunStatus::Completed);
        QCOMPARE(second.invalid, 1);
        QCOMPARE(second.blocked, 1);
        QCOMPARE(s().scalar(u"SELECT error FROM ai_actions WHERE run_id = ?::uuid AND NOT executed "
                            "AND error IS NOT NULL"_s,
                            {second.runId})
                     .toString(),
                 u"A notice titled \"Late opening Friday\" is already on the board; do not post it again."_s);
        QCOMPARE(
            s().scalar(u"SELECT blocked_reason FROM ai_actions WHERE run_id = ?::uuid AND blocked_reason IS NOT NULL"_s,
                       {second.runId})
                .toString(),
            u"Not done: cooldown: post_notice was used less than 240 minutes ago."_s);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM info_posts WHERE category = 'ai_notice'"_s).toInt(), 1);
    }

    // Managers tune the new tool and module in the console like any other: the store lists them with the
    // definitions' defaults and their recent outcomes.
    void theConsoleListsThem()
    {
        FakeLlmServer server;
        server.enqueue(postNotice(u"Late opening Friday"_s));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Posted it."_s)));
        QCOMPARE(runWith(server).executed, 1);

        const ToolControlStore::Controls controls =
            ToolControlStore::load(s(), Agent::OfficeManager, m_clock->nowUtc());
        const auto tool = std::ranges::find(controls.tools, u"post_notice"_s, &ToolControlStore::ToolControl::name);
        QVERIFY(tool != controls.tools.end());
        QCOMPARE(tool->defaults.cooldown.globalMinutes, 240);
        QCOMPARE(tool->defaults.rateLimitPerHour, std::optional<int>(3));
        QVERIFY(tool->isDefault());
        QCOMPARE(tool->recent.executed, 1);
        const auto provider =
            std::ranges::find(controls.providers, u"notice_board"_s, &ToolControlStore::ProviderControl::moduleId);
        QVERIFY(provider != controls.providers.end());
        QCOMPARE(provider->defaultPriority, 45);
        QCOMPARE(provider->moduleName, u"Notice Board"_s);
    }
};

QTEST_GUILESS_MAIN(TestExtending)
#include "tst_extending.moc"
