// The managers' tool and context settings on every TeamTime version: read with the definitions' defaults and what
// TeamTime already stored (rows for tools and modules we do not know are counted and left alone), checked field by
// field, saved with an audit row each — a row back at its defaults removes the override — and refused when someone
// changed it meanwhile. What the engine reads (ToolSettings, the assembler) follows each save at once; the preview
// follows settings not yet saved. The last seven days of each tool's calls are counted by outcome and control.
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/senddirectmessagetool.h"
#include "tools/toolcontrolstore.h"
#include "tools/toolregistry.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ToolControlStore::Controls;
using ToolControlStore::ProviderControl;
using ToolControlStore::ToolControl;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone("America/Los_Angeles")).toUTC();

// A tool that always needs a manager's approval.
class PraiseTool final : public Tool
{
public:
    QString name() const override { return u"praise"_s; }
    QString description() const override { return u"Say thanks."_s; }
    Agent agent() const override { return Agent::OfficeManager; }
    json parameters() const override { return {{"type", "object"}}; }
    bool requiresApproval() const override { return true; }
    ToolEffect execute(SqlSession &, const json &, const ToolContext &) const override { return {}; }
    QString formatResult(const ToolEffect &) const override { return {}; }
};

ToolControl toolOf(const Controls &controls, const QString &name)
{
    const auto found = std::ranges::find(controls.tools, name, &ToolControl::name);
    return found == controls.tools.end() ? ToolControl{} : *found;
}

ProviderControl providerOf(const Controls &controls, const QString &id)
{
    const auto found = std::ranges::find(controls.providers, id, &ProviderControl::moduleId);
    return found == controls.providers.end() ? ProviderControl{} : *found;
}

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList names;
    for (const FieldProblem &p : problems)
        names << p.field;
    return names;
}

} // namespace

class TestToolControlStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QString m_maria;

    SqlSession &s() { return m_db->session(); }
    Controls load() { return ToolControlStore::load(s(), Agent::OfficeManager, Clock::system()->nowUtc()); }
    void open(TestDatabase::Schema schema)
    {
        m_db = std::make_unique<TestDatabase>(schema);
        Migrator().migrate(s());
        m_maria = s().scalar(u"INSERT INTO users (email, username, pin_hash, name, role) "
                             "VALUES ('m@x', 'maria', 'x', 'Maria Lopez', 'manager') RETURNING id"_s)
                      .toString();
    }

private Q_SLOTS:
    void savesAndTheEngineReadsIt_data()
    {
        QTest::addColumn<TestDatabase::Schema>("schema");
        QTest::newRow("baseline") << TestDatabase::Schema::Baseline;
        QTest::newRow("first AI release") << TestDatabase::Schema::FirstAiRelease;
        QTest::newRow("current") << TestDatabase::Schema::Current;
    }

    void savesAndTheEngineReadsIt()
    {
        QFETCH(TestDatabase::Schema, schema);
        open(schema);
        const SendDirectMessageTool dm;
        Controls controls = load();
        QVERIFY(controls.tablesExist);
        ToolControl tool = toolOf(controls, u"send_direct_message"_s);
        QVERIFY(tool.isDefault());
        QVERIFY(!tool.stored);
        QCOMPARE(tool.defaults.cooldown.perUserMinutes, 30);
        QCOMPARE(tool.defaults.rateLimitPerHour, std::optional<int>(20));

        tool.settings.requiresApproval = true;
        tool.settings.cooldown.globalMinutes = 10;
        ProviderControl attendance = providerOf(controls, u"attendance"_s);
        QCOMPARE(attendance.defaultPriority, 10);
        attendance.settings.enabled = false;
        ToolControlStore::save(s(), Agent::OfficeManager, {tool}, {attendance}, m_maria);

        const ToolSettings read = ToolSettings::read(s(), dm);
        QVERIFY(read.requiresApproval);
        QCOMPARE(read.cooldown.globalMinutes, 10);
        QCOMPARE(read.cooldown.perUserMinutes, 30);
        // Values equal to the definition's are stored as NULL: the row follows the definition's defaults there.
        const SqlRows row = s().select(u"SELECT is_enabled, requires_confirmation, cooldown_per_user_minutes, "
                                       "cooldown_global_minutes, rate_limit_max_per_hour FROM ai_tool_config "
                                       "WHERE agent = 'office_manager' AND tool_name = 'send_direct_message'"_s);
        QCOMPARE(row.size(), 1);
        const QVariantList &stored = row.rows.front();
        QVERIFY(stored.at(0).toBool());
        QVERIFY(stored.at(1).toBool());
        QVERIFY(stored.at(2).isNull());
        QCOMPARE(stored.at(3).toInt(), 10);
        QVERIFY(stored.at(4).isNull());
        QVERIFY(!ProviderSettings::readAll(s(), Agent::OfficeManager).value(u"attendance"_s).enabled);

        // Stamped with the manager, before and after.
        const SqlRows audit = s().select(u"SELECT action, entity_type, before_data IS NULL, "
                                         "after_data ->> 'requires_confirmation', user_id::text FROM audit_logs "
                                         "ORDER BY entity_type DESC"_s);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.rows.at(0),
                 (QVariantList{u"ai_tool_config.create"_s, u"ai_tool_config"_s, true, u"true"_s, m_maria}));
        QCOMPARE(audit.rows.at(1).at(0).toString(), u"ai_context_config.create"_s);

        // Reset to default: the override goes, with its audit row, and the engine reads the definition again.
        controls = load();
        tool = toolOf(controls, u"send_direct_message"_s);
        QVERIFY(tool.stored);
        QVERIFY(!tool.isDefault());
        tool.settings = tool.defaults;
        ToolControlStore::save(s(), Agent::OfficeManager, {tool}, {}, m_maria);
        QVERIFY(ToolSettings::read(s(), dm) == ToolSettings::defaults(dm));
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_tool_config"_s).toInt(), 0);
        QCOMPARE(s().scalar(u"SELECT before_data ->> 'cooldown_global_minutes' FROM audit_logs "
                            "WHERE action = 'ai_tool_config.reset' AND after_data IS NULL"_s)
                     .toString(),
                 u"10"_s);
    }

    // Current TeamTime already has rows: ours are read as ours, TeamTime's other agents' and unknown tools' rows
    // are counted and never touched, and TeamTime's NULLs mean "the definition's default".
    void respectsTeamTimesRows()
    {
        open(TestDatabase::Schema::Current);
        s().exec(
            u"INSERT INTO ai_tool_config (agent, tool_name, is_enabled, cooldown_per_user_minutes) VALUES "
            "('office_manager', 'send_direct_message', false, 45), "
            "('office_manager', 'teamtime_only_tool', false, 5), ('architect', 'draw', true, NULL);"
            "INSERT INTO ai_context_config (agent, provider_id, is_enabled, priority_override, custom_context) VALUES "
            "('office_manager', 'user_permissions', false, 3, 'TeamTime''s'), "
            "('office_manager', 'tasks', true, NULL, 'Weekend tasks can wait until Monday.')"_s);
        const QString before = s().scalar(u"SELECT string_agg(to_jsonb(t)::text, ',' ORDER BY tool_name) "
                                          "FROM ai_tool_config t WHERE tool_name <> 'send_direct_message'"_s)
                                   .toString();
        Controls controls = load();
        QCOMPARE(controls.unknownToolRows, 1);
        QCOMPARE(controls.unknownProviderRows, 1);
        ToolControl dm = toolOf(controls, u"send_direct_message"_s);
        QVERIFY(!dm.settings.enabled);
        QCOMPARE(dm.settings.cooldown.perUserMinutes, 45);
        QCOMPARE(dm.settings.rateLimitPerHour, std::optional<int>(20)); // NULL: the tool's own
        QCOMPARE(providerOf(controls, u"tasks"_s).settings.alwaysInclude, u"Weekend tasks can wait until Monday."_s);

        dm.settings.enabled = true;
        ToolControlStore::save(s(), Agent::OfficeManager, {dm}, {}, m_maria);
        QCOMPARE(s().scalar(u"SELECT string_agg(to_jsonb(t)::text, ',' ORDER BY tool_name) "
                            "FROM ai_tool_config t WHERE tool_name <> 'send_direct_message'"_s)
                     .toString(),
                 before);
        QCOMPARE(s().scalar(u"SELECT cooldown_per_user_minutes FROM ai_tool_config "
                            "WHERE tool_name = 'send_direct_message'"_s)
                     .toInt(),
                 45);

        // The note is in the module's text on the next assembly.
        const ContextRequest request =
            ContextRequestLoader::load(s(), Agent::OfficeManager, std::make_shared<FixedClock>(kNow));
        const AssembledContext context =
            ContextAssembler(ContextRegistry::forAgent(Agent::OfficeManager)).assemble(s(), request, 20000);
        QVERIFY(context.module(u"tasks"_s));
        QVERIFY(context.module(u"tasks"_s)
                    ->prompt.endsWith(
                        u"\nA manager asks you to always keep in mind: Weekend tasks can wait until Monday."_s));
    }

    void refusesToOverwriteAnotherManagersChange()
    {
        open(TestDatabase::Schema::Baseline);
        ToolControl tool = toolOf(load(), u"create_task"_s);
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, is_enabled) VALUES ('office_manager', 'create_task', "
                 "false)"_s);
        tool.settings.rateLimitPerHour = 2;
        try {
            ToolControlStore::save(s(), Agent::OfficeManager, {tool}, {}, m_maria);
            QFAIL("saved over a row changed since it was read");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
            QVERIFY2(error.message().startsWith(u"Someone changed the settings of create_task"_s),
                     qPrintable(error.message()));
        }
        QVERIFY(s().scalar(u"SELECT rate_limit_max_per_hour FROM ai_tool_config"_s).isNull());
        QCOMPARE(s().scalar(u"SELECT count(*) FROM audit_logs"_s).toInt(), 0);
    }

    void checksEveryField()
    {
        ToolControl tool;
        tool.name = u"praise"_s;
        tool.defaults = ToolSettings::defaults(PraiseTool());
        tool.settings = tool.defaults;
        QVERIFY(ToolControlStore::validate(tool).isEmpty());
        tool.settings.requiresApproval = false; // a manager can add the requirement, never remove it
        tool.settings.cooldown = {-1, ToolControlStore::kMaxCooldownMinutes + 1};
        tool.settings.rateLimitPerHour = 0;
        QCOMPARE(fields(ToolControlStore::validate(tool)),
                 (QStringList{u"requiresApproval"_s, u"cooldownPerUser"_s, u"cooldownGlobal"_s, u"rateLimit"_s}));

        ProviderControl provider;
        provider.settings.priorityOverride = 101;
        provider.settings.alwaysInclude = QString(ToolControlStore::kMaxNoteLength + 1, u'x');
        QCOMPARE(fields(ToolControlStore::validate(provider)), (QStringList{u"priority"_s, u"alwaysInclude"_s}));
        provider.settings.priorityOverride = 1;
        provider.settings.alwaysInclude = u"Short."_s;
        QVERIFY(ToolControlStore::validate(provider).isEmpty());

        // Nothing with a problem reaches the database.
        open(TestDatabase::Schema::Baseline);
        ToolControl dm = toolOf(load(), u"send_direct_message"_s);
        dm.settings.cooldown.perUserMinutes = -5;
        QVERIFY_THROWS_EXCEPTION(DbError, ToolControlStore::save(s(), Agent::OfficeManager, {dm}, {}, m_maria));
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_tool_config"_s).toInt(), 0);
        // And the tool that must be approved stays approved in what the engine reads, whatever a row says.
        s().exec(u"INSERT INTO ai_tool_config (agent, tool_name, requires_confirmation) VALUES ('office_manager', "
                 "'praise', false)"_s);
        QVERIFY(ToolSettings::read(s(), PraiseTool()).requiresApproval);
        const Controls controls = ToolControlStore::load(s(), Agent::OfficeManager, Clock::system()->nowUtc(),
                                                         {std::make_shared<PraiseTool>()}, {});
        QCOMPARE(controls.tools.size(), 1);
        QVERIFY(controls.tools.front().settings.requiresApproval);
    }

    void countsTheLastSevenDaysByOutcome()
    {
        open(TestDatabase::Schema::Baseline);
        const auto log = [this](const QString &tool, const QString &status, const QString &blocked, int daysAgo) {
            s().exec(
                u"INSERT INTO ai_actions (agent, run_id, run_started_at, tool_name, executed, execution_result, "
                "blocked_reason, created_at) VALUES ('office_manager', gen_random_uuid(), now(), ?, ?, "
                "jsonb_build_object('status', ?::text), ?, now() - make_interval(days => ?::int, mins => 1))"_s,
                {tool, status == u"executed"_s, status, blocked.isEmpty() ? QVariant() : QVariant(blocked), daysAgo});
        };
        log(u"send_direct_message"_s, u"executed"_s, {}, 1);
        log(u"send_direct_message"_s, u"executed"_s, {}, 6);
        log(u"send_direct_message"_s, u"executed"_s, {}, 8); // too old
        log(u"send_direct_message"_s, u"blocked"_s, u"Not done: cooldown: send_direct_message was used ..."_s, 2);
        log(u"send_direct_message"_s, u"blocked"_s, u"Not done: rate limit: send_direct_message already ran ..."_s, 2);
        log(u"send_direct_message"_s, u"blocked"_s, u"Not done: cooldown: send_direct_message was used ..."_s, 3);
        log(u"send_direct_message"_s, u"awaiting_approval"_s, u"Queued for a manager's approval"_s, 0);
        log(u"create_task"_s, u"blocked"_s, u"Not done: tool disabled: create_task is switched off"_s, 0);
        log(u"create_task"_s, u"invalid"_s, {}, 0);
        const Controls controls = load();
        const ToolControlStore::Outcomes dm = toolOf(controls, u"send_direct_message"_s).recent;
        QCOMPARE(dm.executed, 2);
        QCOMPARE(dm.awaitingApproval, 1);
        QCOMPARE(dm.blocked(), 3);
        QCOMPARE(dm.blockedBy, (QMap<QString, int>{{u"cooldown"_s, 2}, {u"rate limit"_s, 1}}));
        const ToolControlStore::Outcomes task = toolOf(controls, u"create_task"_s).recent;
        QCOMPARE(task.blockedBy.value(u"tool disabled"_s), 1);
        QCOMPARE(task.invalid, 1);
        QCOMPARE(toolOf(controls, u"flag_for_manager"_s).recent.total(), 0);
    }

    // The preview follows settings not yet saved; the saved ones move the engine's next assembly.
    void previewAndAssemblyFollowTheProviderSettings()
    {
        open(TestDatabase::Schema::FirstAiRelease);
        const auto clock = std::make_shared<FixedClock>(kNow);
        QHash<QString, ProviderSettings> settings;
        settings[u"attendance"_s].enabled = false;
        settings[u"tasks"_s].priorityOverride = 1;
        const AssembledContext preview = ToolControlStore::preview(s(), Agent::OfficeManager, clock, settings);
        QVERIFY(!preview.module(u"attendance"_s));
        const auto omitted = std::ranges::find(preview.omitted, u"attendance"_s, &AssembledContext::Omission::moduleId);
        QVERIFY(omitted != preview.omitted.end());
        QCOMPARE(omitted->reason, u"switched off by a manager"_s);
        QCOMPARE(preview.modules.front().moduleId, u"tasks"_s);
        QCOMPARE(preview.modules.front().priority, 1);

        // Nothing was saved: the engine still reads the defaults.
        const ContextRequest request = ContextRequestLoader::load(s(), Agent::OfficeManager, clock);
        const ContextAssembler assembler(ContextRegistry::forAgent(Agent::OfficeManager));
        QVERIFY(assembler.assemble(s(), request, 20000).module(u"attendance"_s));
        Controls controls = load();
        ProviderControl attendance = providerOf(controls, u"attendance"_s);
        attendance.settings.enabled = false;
        ToolControlStore::save(s(), Agent::OfficeManager, {}, {attendance}, m_maria);
        QVERIFY(!assembler.assemble(s(), request, 20000).module(u"attendance"_s));
    }
};

QTEST_GUILESS_MAIN(TestToolControlStore)
#include "tst_toolcontrolstore.moc"
