// The Tools & Context page as a manager uses it, on real widgets (offscreen) over a real database of each TeamTime
// version, with the engine's next decision checked by a real run against a fake Anthropic server over real HTTP:
// switching a tool off blocks its next call, requiring approval queues it, a cooldown edited in its cell lets a call
// through that the default would have stopped; switching a context provider off drops it from the live preview at
// once and, saved, from the next prompt, and an "always include" note appears there. Problems show beside the cell
// and keep Save off; Revert and "Reset to Default" put rows back; each saved row is stamped in audit_logs.
#include "app/consolesession.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "testdatabase.h"
#include "toolscontext/providercontrolmodel.h"
#include "toolscontext/toolcontrolmodel.h"
#include "toolscontext/toolscontextpage.h"
#include "wait.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone("America/Los_Angeles")).toUTC();

struct Setup
{
    std::unique_ptr<TestDatabase> db;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(kNow);
    QString maria;
    QString ana;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<ToolsContextPage> page;

    SqlSession &s() { return db->session(); }

    QTableView *table(const QString &name) const { return page->findChild<QTableView *>(name); }

    bool idle() const
    {
        return QTest::qWaitFor([this] { return !page->isBusy(); }, 20000);
    }

    void click(const QString &name) const
    {
        auto *button = page->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Types into a cell through the view's own editor, as a manager does, and commits with Enter.
    void type(const QString &tableName, int row, int column, const QString &text) const
    {
        QTableView *view = table(tableName);
        const QList<QLineEdit *> before = view->viewport()->findChildren<QLineEdit *>();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        QLineEdit *editor = nullptr;
        for (QLineEdit *candidate : view->viewport()->findChildren<QLineEdit *>()) {
            if (!before.contains(candidate))
                editor = candidate;
        }
        QVERIFY2(editor, qPrintable(u"no editor for %1 (%2, %3)"_s.arg(tableName).arg(row).arg(column)));
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes the editor from a queued call
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void check(QAbstractItemModel *model, int row, int column, bool on) const
    {
        QVERIFY(model->setData(model->index(row, column), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
    }

    // One live Office Manager run in which the model asks to message Ana; the fake server's requests are kept.
    RunResult run(FakeLlmServer &server, bool evenIfQuiet = false)
    {
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicToolUse(
            u"toolu_1"_s, u"send_direct_message"_s,
            {{"toUserId", ana.toStdString()}, {"message", "Hi Ana, your shift started at 10:05. All OK?"}},
            u"Ana is late."_s)));
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Done."_s)));
        RunOptions options;
        options.provider = std::make_shared<AnthropicProvider>(LlmEndpoint{server.baseUrl(), u"k"_s});
        options.callEvenIfQuiet = evenIfQuiet;
        AgentRunner runner(db->settings(), clock);
        return Wait::forTask(runner.run(std::move(options)));
    }

    QString lastAction(const RunResult &result)
    {
        return s()
            .scalar(u"SELECT coalesce(execution_result ->> 'status', '') || ' ' || coalesce(blocked_reason, '') "
                    "FROM ai_actions WHERE run_id = ?::uuid AND tool_name = 'send_direct_message'"_s,
                    {result.runId})
            .toString()
            .trimmed();
    }
};

std::unique_ptr<Setup> open(TestDatabase::Schema schema)
{
    auto setup = std::make_unique<Setup>();
    setup->db = std::make_unique<TestDatabase>(schema);
    SqlSession &s = setup->s();
    Migrator().migrate(s);
    s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, model = 'claude-haiku-4-5'"_s);
    setup->maria = s.scalar(u"INSERT INTO users (email, username, pin_hash, name, role) "
                            "VALUES ('maria@x', 'maria', 'x', 'Maria Lopez', 'manager') RETURNING id"_s)
                       .toString();
    setup->ana =
        s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('ana@x', 'ana', 'x', 'Ana Ruiz') "
                 "RETURNING id"_s)
            .toString();
    // Ana's shift started 25 minutes ago and she has not clocked in: the Office Manager has something to do.
    s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
           {setup->ana, SqlSession::timestamp(kNow.addSecs(-25 * 60)), SqlSession::timestamp(kNow.addSecs(7 * 3600))});
    setup->session = std::make_unique<ConsoleSession>(setup->db->settings(), setup->clock);
    setup->session->setUser({setup->maria, u"Maria Lopez"_s, u"maria@x"_s, u"manager"_s});
    setup->page = std::make_unique<ToolsContextPage>(*setup->session);
    setup->page->resize(1400, 900);
    setup->page->show();
    return setup;
}

} // namespace

class TestToolsContextPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void toolEditsChangeTheEnginesNextDecision_data()
    {
        QTest::addColumn<TestDatabase::Schema>("schema");
        QTest::newRow("baseline") << TestDatabase::Schema::Baseline;
        QTest::newRow("first AI release") << TestDatabase::Schema::FirstAiRelease;
        QTest::newRow("current") << TestDatabase::Schema::Current;
    }

    void toolEditsChangeTheEnginesNextDecision()
    {
        QFETCH(TestDatabase::Schema, schema);
        const auto setup = open(schema);
        QVERIFY(setup->idle());
        ToolControlModel *tools = setup->page->toolModel();
        QAbstractItemModelTester tester(tools);
        const int dm = tools->rowOf(u"send_direct_message"_s);
        QVERIFY(dm >= 0);
        QCOMPARE(tools->data(tools->index(dm, ToolControlModel::CooldownPerUser)).toString(), u"30"_s);
        QVERIFY(!setup->page->findChild<QPushButton *>(u"saveButton"_s)->isEnabled()); // nothing to save

        // Off: the next call is blocked by that control.
        setup->check(tools, dm, ToolControlModel::Enabled, false);
        QVERIFY(tools->data(tools->index(dm, ToolControlModel::Name), Qt::FontRole).value<QFont>().bold()); // unsaved
        QVERIFY(!setup->page->findChild<QComboBox *>(u"agentBox"_s)->isEnabled()); // save or revert first
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        FakeLlmServer first;
        RunResult result = setup->run(first);
        QCOMPARE(result.blocked, 1);
        QCOMPARE(setup->lastAction(result),
                 u"blocked Not done: tool disabled: send_direct_message is switched off for the Office Manager."_s);

        // On again, with a manager's approval required: the next call waits for it.
        setup->check(tools, dm, ToolControlModel::Enabled, true);
        setup->check(tools, dm, ToolControlModel::Approval, true);
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        FakeLlmServer second;
        result = setup->run(second);
        QCOMPARE(result.awaitingApproval, 1);
        QCOMPARE(setup->s()
                     .scalar(u"SELECT count(*) FROM mentats_approvals WHERE tool_name = 'send_direct_message'"_s)
                     .toInt(),
                 1);

        // No approval: it runs — and the default 30-minute cooldown per person would stop the next one ...
        setup->check(tools, dm, ToolControlModel::Approval, false);
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        FakeLlmServer third;
        QCOMPARE(setup->run(third).executed, 1);
        // ... but a manager sets it to none, typed in its cell: the next message goes out too.
        setup->type(u"toolTable"_s, dm, ToolControlModel::CooldownPerUser, u"0"_s);
        QCOMPARE(tools->changed().size(), 1);
        QCOMPARE(tools->changed().front().settings.cooldown.perUserMinutes, 0);
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        FakeLlmServer fourth;
        result = setup->run(fourth);
        QCOMPARE(result.executed, 1);
        QCOMPARE(setup->s().scalar(u"SELECT count(*) FROM messages WHERE content LIKE 'Hi Ana%'"_s).toInt(), 2);

        // The page counts what happened, and every save was stamped with the manager (a row back at its defaults
        // is removed: "reset").
        Wait::forTask(setup->page->reload());
        QCOMPARE(tools->data(tools->index(dm, ToolControlModel::Recent)).toString(),
                 u"2 executed · 1 blocked (tool disabled 1) · 1 awaiting approval"_s);
        QCOMPARE(
            setup->s()
                .scalar(u"SELECT string_agg(action, ',' ORDER BY created_at) FROM audit_logs WHERE user_id = ?::uuid"_s,
                        {setup->maria})
                .toString(),
            u"ai_tool_config.create,ai_tool_config.update,ai_tool_config.reset,ai_tool_config.create"_s);

        // Reset to default: the row goes and the definition's settings apply again.
        setup->page->findChild<QTableView *>(u"toolTable"_s)->selectRow(dm);
        setup->click(u"resetToolButton"_s);
        QCOMPARE(tools->data(tools->index(dm, ToolControlModel::CooldownPerUser)).toString(), u"30"_s);
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        QCOMPARE(
            setup->s().scalar(u"SELECT count(*) FROM ai_tool_config WHERE tool_name = 'send_direct_message'"_s).toInt(),
            0);
        FakeLlmServer fifth;
        QCOMPARE(
            setup->lastAction(setup->run(fifth)),
            u"blocked Not done: cooldown: send_direct_message was used for this person less than 30 minutes ago."_s);
    }

    void showsProblemsBesideTheCell()
    {
        const auto setup = open(TestDatabase::Schema::Baseline);
        QVERIFY(setup->idle());
        ToolControlModel *tools = setup->page->toolModel();
        const int task = tools->rowOf(u"create_task"_s);
        auto *problems = setup->page->findChild<QLabel *>(u"toolProblems"_s);
        auto *save = setup->page->findChild<QPushButton *>(u"saveButton"_s);
        setup->type(u"toolTable"_s, task, ToolControlModel::CooldownGlobal, u"soon"_s);
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), u"create_task — \"soon\" is not a number of minutes."_s);
        QCOMPARE(tools->data(tools->index(task, ToolControlModel::CooldownGlobal), Qt::ToolTipRole).toString(),
                 u"\"soon\" is not a number of minutes."_s);
        QVERIFY(!tools->data(tools->index(task, ToolControlModel::CooldownGlobal), Qt::DecorationRole).isNull());
        QVERIFY(!save->isEnabled());
        setup->type(u"toolTable"_s, task, ToolControlModel::CooldownGlobal, u"20000"_s);
        QCOMPARE(problems->text(),
                 u"create_task — The global cooldown is between 0 (none) and 10080 minutes (a week)."_s);
        setup->type(u"toolTable"_s, task, ToolControlModel::RateLimit, u"0"_s);
        QCOMPARE(problems->text().count(u'\n'), 1); // both problems listed
        QVERIFY(!save->isEnabled());

        auto *providers = setup->page->providerModel();
        const int tasks = providers->rowOf(u"tasks"_s);
        setup->type(u"providerTable"_s, tasks, ProviderControlModel::Priority, u"0"_s);
        QVERIFY(setup->page->findChild<QLabel *>(u"providerProblems"_s)
                    ->text()
                    .startsWith(u"Tasks — The priority is between 1 (first) and 100 (last)"_s));

        setup->click(u"revertButton"_s);
        QVERIFY(!problems->isVisible());
        QVERIFY(!tools->hasChanges());
        QVERIFY(!providers->hasChanges());
        QVERIFY(!save->isEnabled());
        QVERIFY(setup->idle());
        QCOMPARE(setup->s().scalar(u"SELECT count(*) FROM ai_tool_config"_s).toInt(), 0);
    }

    void providerEditsChangeTheNextPrompt()
    {
        const auto setup = open(TestDatabase::Schema::Current);
        QVERIFY(setup->idle());
        ProviderControlModel *providers = setup->page->providerModel();
        QAbstractItemModelTester tester(providers);
        auto *preview = setup->page->findChild<QPlainTextEdit *>(u"contextPreview"_s);
        QVERIFY(preview->toPlainText().contains(u"## Time & Attendance"_s));
        const int attendance = providers->rowOf(u"attendance"_s);
        QCOMPARE(providers->data(providers->index(attendance, ProviderControlModel::Now)).toString(), u"included"_s);
        QVERIFY(providers->data(providers->index(attendance, ProviderControlModel::Tokens)).toInt() > 0);
        FakeLlmServer before;
        setup->run(before);
        QVERIFY(QString::fromStdString(before.requests().at(0).json.dump()).contains(u"## Time & Attendance"_s));

        // Off, not yet saved: the live preview drops it at once; the engine still has it.
        setup->check(providers, attendance, ProviderControlModel::Enabled, false);
        const int tasks = providers->rowOf(u"tasks"_s);
        setup->type(u"providerTable"_s, tasks, ProviderControlModel::AlwaysInclude, u"Weekend tasks can wait."_s);
        QVERIFY(setup->idle());
        QCOMPARE(providers->data(providers->index(attendance, ProviderControlModel::Now)).toString(),
                 u"left out: switched off by a manager"_s);
        QVERIFY(!preview->toPlainText().contains(u"## Time & Attendance"_s));
        QVERIFY(
            preview->toPlainText().contains(u"A manager asks you to always keep in mind: Weekend tasks can wait."_s));
        QVERIFY(!setup->page->preview().module(u"attendance"_s));
        QVERIFY(setup->page->findChild<QLabel *>(u"previewSummary"_s)->text().startsWith(u"Context now: "_s));

        // Saved: the next prompt has no attendance module and carries the note.
        setup->click(u"saveButton"_s);
        QVERIFY(setup->idle());
        FakeLlmServer after;
        const RunResult result = setup->run(after, true);
        QCOMPARE(result.status, RunStatus::Completed);
        const QString sent = QString::fromStdString(after.requests().at(0).json.dump());
        QVERIFY(!sent.contains(u"## Time & Attendance"_s));
        QVERIFY(sent.contains(u"A manager asks you to always keep in mind: Weekend tasks can wait."_s));
        QCOMPARE(setup->s()
                     .scalar(u"SELECT string_agg(provider_id || ':' || is_enabled::text, ',' ORDER BY provider_id) "
                             "FROM ai_context_config WHERE agent = 'office_manager'"_s)
                     .toString(),
                 u"attendance:false,tasks:true"_s);

        // The other agent's providers are its own; switching agents reads them.
        auto *agents = setup->page->findChild<QComboBox *>(u"agentBox"_s);
        QVERIFY(agents->isEnabled());
        agents->setCurrentIndex(agents->findData(int(Agent::RevenueOptimizer)));
        QVERIFY(setup->idle());
        QCOMPARE(setup->page->agent(), Agent::RevenueOptimizer);
        QCOMPARE(providers->rowOf(u"attendance"_s), -1);
        QVERIFY(setup->page->toolModel()->rowOf(u"write_memory"_s) >= 0);
    }
};

QTEST_MAIN(TestToolsContextPage)
#include "tst_toolscontextpage.moc"
