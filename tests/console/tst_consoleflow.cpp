// The console as a manager uses it, on a real database and real widgets (offscreen): from an unmigrated database
// through the migration prompt and sign-in to the dashboard; the agent settings form (validation beside the
// field, cron preview, audit rows, instruction versions, API key in the secret store); the settings page; and the
// GUI thread kept ticking while a slow query and a slow model call are awaited.
#include "actionlog/actionlogmodel.h"
#include "actionlog/actionlogpage.h"
#include "agents/agenteditor.h"
#include "agents/agentspage.h"
#include "app/consoleapplication.h"
#include "app/consolesession.h"
#include "app/idlelock.h"
#include "app/mainwindow.h"
#include "app/singleinstance.h"
#include "approvals/approvalspage.h"
#include "auth/passwordhash.h"
#include "connect/connectiondialog.h"
#include "connect/signindialog.h"
#include "context/contextrequestloader.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "dryrun/dryrunpage.h"
#include "fakellmserver.h"
#include "fixedclock.h"
#include "knowledge/policiesmemorypage.h"
#include "llm/anthropicprovider.h"
#include "migrations/migrator.h"
#include "secrets/memorysecretstore.h"
#include "services/enginesession.h"
#include "settings/settingspage.h"
#include "testdatabase.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"
#include "tray/traycontroller.h"
#include "wait.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"Tr0ub4dor&3"_s;

QString addUser(SqlSession &s, const QString &name, const QString &role)
{
    static const QString hash = PasswordHash::hash(kPassword);
    return s
        .scalar(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role) VALUES (?, ?, 'x', ?, ?, "
                "?::user_role) RETURNING id::text"_s,
                {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), hash, name, role})
        .toString();
}

template <typename T>
T *visible(const QString &name = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *match = qobject_cast<T *>(w);
            match && match->isVisible() && (name.isEmpty() || w->objectName() == name))
            return match;
    }
    return nullptr;
}

void signIn(SignInDialog *dialog, const QString &login, const QString &password)
{
    dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(login);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

class TestConsoleFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"mentats-tests"_s);
        QSettings().clear();
    }

    void signsInOnlyManagers()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        addUser(db.session(), u"Maria"_s, u"admin"_s);
        addUser(db.session(), u"Ana"_s, u"staff"_s);
        ConsoleSession session(db.settings());
        SignInDialog dialog(session);
        dialog.show();
        const auto error = [&] { return dialog.findChild<QLabel *>(u"errorLabel"_s)->text(); };
        signIn(&dialog, u"maria"_s, u"wrong"_s);
        QVERIFY(dialog.isChecking()); // on a worker: the dialog keeps painting
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 10000);
        QCOMPARE(error(), u"That email or username and password do not match a TeamTime account."_s);
        QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());
        signIn(&dialog, u"ana"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(error(), u"Only TeamTime admins and managers can use Mentats Console."_s, 10000);
        QVERIFY(!session.isSignedIn());
        signIn(&dialog, u"maria@store.example"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(session.user().name, u"Maria"_s);
    }

    void goesFromAnUnmigratedDatabaseToTheDashboard()
    {
        TestDatabase db; // TeamTime without any of our tables
        addUser(db.session(), u"Maria"_s, u"admin"_s);
        MemorySecretStore secrets;
        ConsoleApplication console({db.settings().toUrl(), false, {}}, secrets);
        MainWindow &window = console.window();
        console.start(); // shows the window
        QMessageBox *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visible<QMessageBox>(u"migrationPrompt"_s)), 20000);
        QVERIFY(prompt->detailedText().contains(u"0013 agent_settings: What the console configures"_s));
        QTest::mouseClick(prompt->button(QMessageBox::Yes), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<SignInDialog>()), 30000);
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM mentats_schema_migrations"_s).toInt(),
                 Migration::builtIn().size());
        signIn(dialog, u"maria"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::Dashboard, 10000);
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Page::Dashboard));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->snapshot().agents.size(), 2, 10000);
        QCOMPARE(window.findChild<QLabel *>(u"office_manager_state"_s)->text(), u"Disabled (kill switch)"_s);
        QCOMPARE(window.findChild<QLabel *>(u"userLabel"_s)->text(), u"Maria (admin)"_s);
        // Idle: the window locks, and a manager signs in again to see it.
        window.lock();
        QVERIFY(window.isLocked());
        QVERIFY(!window.findChild<QWidget *>(u"pages"_s)->isVisible());
        SignInDialog *unlock = nullptr;
        QTRY_VERIFY((unlock = window.findChild<SignInDialog *>(u"unlockDialog"_s)) && unlock->isVisible());
        signIn(unlock, u"maria"_s, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
        QVERIFY(window.findChild<QWidget *>(u"pages"_s)->isVisible());

        // Ctrl+2: the Agents page.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Agents);
        // Every shortcut follows the list: Ctrl+3 is the third page listed, …, Ctrl+0 the tenth.
        auto *list = window.findChild<QListWidget *>(u"navigationList"_s);
        QCOMPARE(list->count(), 11);
        QCOMPARE(list->item(list->count() - 1)->text(), u"Checks"_s);
        for (int row = 0; row < 10; ++row) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_0 + (row + 1) % 10), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), list->item(row)->data(Qt::UserRole).toInt());
        }
        QCOMPARE(list->item(2)->text(), u"Tools & Context"_s); // Ctrl+3
        // The list is wide enough for its longest title: nothing reads "Tools & Cont…".
        QVERIFY2(list->viewport()->width() >= list->sizeHintForColumn(0),
                 qPrintable(u"%1 < %2"_s.arg(list->viewport()->width()).arg(list->sizeHintForColumn(0))));
    }

    void asksWhichDatabaseOnFirstStart()
    {
        TestDatabase db;
        const ConnectionSettings target = db.settings();
        MemorySecretStore secrets;
        ConsoleApplication console({}, secrets);
        MainWindow &window = console.window();
        console.start(); // shows the window
        ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<ConnectionDialog>()), 10000);
        auto *connect = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QTest::mouseClick(connect, Qt::LeftButton); // nothing filled in: said next to the form, not accepted
        QCOMPARE(dialog->findChild<QLabel *>(u"errorLabel"_s)->text(),
                 u"Enter the database server's host name (or a socket directory)."_s);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(target.host);
        dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(target.port);
        dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(target.database);
        dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(target.user);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"pw-in-keychain-only"_s);
        QTest::mouseClick(connect, Qt::LeftButton);
        QMessageBox *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visible<QMessageBox>(u"migrationPrompt"_s)), 20000);
        // The password went to the keychain; the recent list keeps the connection without it.
        QVERIFY(secrets.contains(SecretStore::passwordKey(target.endpoint(), target.database, target.user)));
        QCOMPARE(ConnectionDialog::recent().size(), 1);
        QVERIFY(ConnectionDialog::recent().front().contains(target.database));
        QVERIFY(!ConnectionDialog::recent().front().contains(u"pw-in-keychain-only"_s));
        QTest::mouseClick(prompt->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!prompt->isVisible());
        QCOMPARE(db.session().scalar(u"SELECT to_regclass('mentats_runs') IS NULL"_s).toBool(),
                 true); // nothing applied
        QCOMPARE(window.currentPage(), MainWindow::Page::Checks);
    }

    void offersMessageBatchesForTheRevenueOptimizerOnly()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET model = 'claude-haiku-4-5', provider = 'anthropic'"_s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        ConsoleSession session(db.settings(), std::make_shared<FixedClock>(
                                                  QDateTime(QDate(2026, 11, 24), QTime(18, 0), QTimeZone::utc())));
        session.setUser({maria, u"Maria"_s, u"maria@store.example"_s, u"admin"_s});
        MemorySecretStore secrets;
        AgentsPage page(session, secrets);
        page.show();
        AgentEditor *officeManager = page.editor(0);
        AgentEditor *optimizer = page.editor(1);
        QCOMPARE(optimizer->objectName(), u"revenue_optimizerEditor"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!optimizer->isBusy() && optimizer->saved().cronSchedule == u"0 2 * * *"_s, 10000);
        QVERIFY(!officeManager->findChild<QCheckBox *>(u"useBatchField"_s)); // not offered to the Office Manager
        auto *batch = optimizer->findChild<QCheckBox *>(u"useBatchField"_s);
        QVERIFY(batch);
        QVERIFY(batch->text().contains(u"half price, results within 24 hours"_s));
        QVERIFY(!batch->isChecked()); // off by default
        QVERIFY(batch->isEnabled());  // the provider is Anthropic

        batch->setChecked(true);
        auto *save = optimizer->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!optimizer->isBusy() && optimizer->saved().useBatch, 10000);
        QCOMPARE(s.scalar(u"SELECT use_batch FROM mentats_agent_settings WHERE agent = 'revenue_optimizer'"_s).toBool(),
                 true);

        // Another provider has no batches: the switch goes off and cannot be turned on.
        optimizer->findChild<QComboBox *>(u"providerField"_s)->setCurrentText(u"openai"_s);
        QVERIFY(!batch->isChecked());
        QVERIFY(!batch->isEnabled());
        QVERIFY(optimizer->problemFor(u"useBatch"_s).isEmpty());
    }

    void editsAnAgentWithValidationAuditAndVersions()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        ConsoleSession session(db.settings(), std::make_shared<FixedClock>(
                                                  QDateTime(QDate(2026, 11, 24), QTime(18, 0), QTimeZone::utc())));
        session.setUser({maria, u"Maria"_s, u"maria@store.example"_s, u"admin"_s});
        MemorySecretStore secrets;
        AgentsPage page(session, secrets);
        page.show();
        AgentEditor *editor = page.editor(0);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && editor->saved().cronSchedule == u"*/15 7-19 * * *"_s, 10000);
        auto *cron = editor->findChild<QLineEdit *>(u"cronScheduleEdit"_s);
        auto *save = editor->findChild<QPushButton *>(u"saveButton"_s);
        auto *preview = editor->findChild<QLabel *>(u"cronPreview"_s);
        // 10:00 Los Angeles on 24 November: the next five slots of "*/15 7-19" are 10:15 … 11:15.
        QVERIFY2(preview->text().startsWith(u"Next runs (America/Los_Angeles): "_s), qPrintable(preview->text()));
        QVERIFY2(preview->text().contains(u"10:15"_s) && preview->text().contains(u"11:15"_s),
                 qPrintable(preview->text()));

        cron->setText(u"*/15 7-25 * * *"_s); // as typed
        QCOMPARE(editor->problemFor(u"cronSchedule"_s),
                 u"The schedule \"*/15 7-25 * * *\" is not valid: hour 25 is out of range 0-23."_s);
        QVERIFY(!save->isEnabled()); // nothing saved half-valid
        QVERIFY(preview->text().isEmpty());
        cron->setText(u"0 */2 8-18 * 1-5"_s);
        QVERIFY(editor->problemFor(u"cronSchedule"_s).isEmpty());
        editor->findChild<QCheckBox *>(u"enabledField"_s)->setChecked(true);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && editor->saved().enabled, 10000);
        QCOMPARE(s.scalar(u"SELECT cron_schedule || ' ' || enabled FROM ai_config WHERE agent = 'office_manager'"_s)
                     .toString(),
                 u"0 */2 8-18 * 1-5 true"_s);
        QCOMPARE(s.scalar(u"SELECT user_id::text FROM audit_logs WHERE action = 'ai_config.update'"_s).toString(),
                 maria);

        // Instructions: two versions, compared, and rolled back.
        auto *instructions = editor->findChild<QPlainTextEdit *>(u"instructionsEdit"_s);
        auto *saveVersion = editor->findChild<QPushButton *>(u"saveInstructionsButton"_s);
        instructions->setPlainText(u"Be brief."_s);
        QTest::mouseClick(saveVersion, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->history().size(), 1, 10000);
        QTRY_VERIFY(!editor->isBusy());
        instructions->setPlainText(u"Be warm.\nNever message before 7."_s);
        editor->findChild<QLineEdit *>(u"noteEdit"_s)->setText(u"friendlier"_s);
        QTest::mouseClick(saveVersion, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->history().size(), 2, 10000);
        QTRY_VERIFY(!editor->isBusy());
        auto *versions = editor->findChild<QListWidget *>(u"versionsList"_s);
        QVERIFY(versions->item(0)->text().startsWith(u"Version 2 — Maria, "_s));
        QVERIFY(versions->item(0)->text().endsWith(u" — friendlier"_s));
        versions->item(0)->setSelected(true);
        versions->item(1)->setSelected(true);
        QVERIFY(editor->diffHtml().contains(u"- Be brief."_s));
        QVERIFY(editor->diffHtml().contains(u"+ Be warm."_s));
        versions->clearSelection();
        versions->item(1)->setSelected(true);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"rollBackButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->history().size(), 3, 10000);
        QCOMPARE(s.scalar(u"SELECT instructions FROM ai_config WHERE agent = 'office_manager'"_s).toString(),
                 u"Be brief."_s);

        // The API key goes to the secret store; the form only says whether one is set.
        QTRY_VERIFY(!editor->isBusy());
        Wait::forTask(editor->setApiKey(u"sk-ant-secret"_s));
        const QString key =
            SecretStore::apiKeyKey(db.settings().endpoint(), db.settings().database, u"office_manager"_s);
        QVERIFY(secrets.contains(key));
        QCOMPARE(editor->findChild<QLabel *>(u"apiKeyState"_s)->text(), u"set (in this computer's keychain)"_s);
        QVERIFY(!editor->findChild<QLabel *>(u"apiKeyState"_s)->text().contains(u"sk-ant"_s));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE after_data::text LIKE '%sk-ant%'"_s).toInt(), 0);

        // The full prompt as it would be sent now.
        const QString prompt = Wait::forTask(editor->previewPrompt());
        QVERIFY2(prompt.contains(u"Be brief."_s), qPrintable(prompt.left(400)));
        QVERIFY(prompt.contains(u"──── user message ────"_s));
    }

    void correctsPoliciesAndMemories()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        s.exec(u"INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence) VALUES "
               "('user', ?::uuid, 'pattern', 'Often late on Fridays', 0.7)"_s,
               {ana});
        ConsoleSession session(db.settings());
        session.setUser({maria, u"Maria"_s, {}, u"admin"_s});
        PoliciesMemoryPage page(session);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.memories().size() == 1, 10000);
        auto *memoryTree = page.findChild<QTreeWidget *>(u"memoryTree"_s);
        QCOMPARE(memoryTree->topLevelItem(0)->text(0), u"Ana"_s);

        KnowledgeStore::Policy policy;
        policy.content = u"Thank people who cover a late colleague."_s;
        policy.priority = 60;
        Wait::forTask(page.savePolicy(policy));
        QCOMPARE(page.policies().size(), 1);
        auto *policyTree = page.findChild<QTreeWidget *>(u"policyTree"_s);
        policyTree->setCurrentItem(policyTree->topLevelItem(0));
        QVERIFY(Wait::forTask(page.preview()).contains(u"Thank people who cover a late colleague."_s));
        Wait::forTask(page.togglePolicy());
        QCOMPARE(page.policies().front().active, false);
        memoryTree->setCurrentItem(memoryTree->topLevelItem(0));
        Wait::forTask(page.setMemoryExpiry(QDateTime::currentDateTimeUtc().addDays(7)));
        memoryTree->setCurrentItem(memoryTree->topLevelItem(0));
        Wait::forTask(page.toggleMemory());
        QVERIFY(page.memories().isEmpty()); // switched off: no longer what the Office Manager reads
        // The preview is the Office Manager's own policy and memory sections: the switched-off policy is gone.
        const QString preview = Wait::forTask(page.preview());
        QVERIFY2(preview.startsWith(u"## Policies"_s), qPrintable(preview.left(200)));
        QVERIFY(!preview.contains(u"Thank people who cover"_s));
        QVERIFY(!preview.contains(u"Often late on Fridays"_s));
        QCOMPARE(
            s.scalar(u"SELECT string_agg(action, ',' ORDER BY created_at) FROM audit_logs WHERE user_id = ?::uuid"_s,
                     {maria})
                .toString(),
            u"ai_policy_notes.create,ai_policy_notes.deactivate,ai_memory.expiry,ai_memory.deactivate"_s);
    }

    void browsesTheActionLog()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        // 450 actions over the last 45 hours; every third blocked; one about the till.
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, executed, "
               "execution_result, blocked_reason, reasoning, target_user_id) SELECT 'office_manager', "
               "'00000000-0000-4000-8000-0000000000aa', now(), now() - make_interval(mins => i * 6), "
               "'send_direct_message', "
               "jsonb_build_object('message', 'Reminder ' || i), i % 3 <> 0, jsonb_build_object('status', CASE WHEN i "
               "% 3 = 0 "
               "THEN 'blocked' ELSE 'executed' END), CASE WHEN i % 3 = 0 THEN 'Not done: cooldown' END, "
               "CASE WHEN i = 77 THEN 'The till at Harbor was short' ELSE 'Late again' END, ?::uuid "
               "FROM generate_series(1, 450) AS i"_s,
               {ana});
        ConsoleSession session(db.settings());
        ActionLogPage page(session);
        page.show();
        ActionLogModel *model = page.model();
        // Every reset, page and prepend below is checked against Qt's model rules as it happens.
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The page's first load (with the people it lists) comes in before we filter, or it would reset the table
        // halfway through the paging below.
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QComboBox *>(u"personFilter"_s)->count() > 1, 10000);
        page.findChild<QComboBox *>(u"periodFilter"_s)->setCurrentIndex(3); // all time
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), ActionLogModel::kPageSize, 10000);
        QVERIFY(model->canFetchMore({}));
        Wait::forTask(model->fetchNextPage());
        Wait::forTask(model->fetchNextPage());
        QCOMPARE(model->rowCount(), 450);
        QVERIFY(model->reachedEnd());

        page.findChild<QComboBox *>(u"statusFilter"_s)->setCurrentText(u"Blocked"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 150, 10000);
        page.findChild<QComboBox *>(u"statusFilter"_s)->setCurrentIndex(0);
        auto *search = page.findChild<QLineEdit *>(u"textFilter"_s);
        search->setText(u"till at harbor"_s);
        Wait::forTask(page.applyFilter());
        QCOMPARE(model->rowCount(), 1);
        // A filter replaced while it loads: waiting on it ends with the newer one's rows, not the empty reset
        // between them (a page's first load overtaken by a click).
        ActionLog::Filter till;
        till.text = u"till at harbor"_s;
        QCoro::Task<void> first = model->setFilter(till); // one row, back before the second's first page
        QCoro::Task<void> second = model->setFilter(ActionLog::Filter{});
        Wait::forTask(std::move(first));
        QCOMPARE(model->rowCount(), ActionLogModel::kPageSize);
        Wait::forTask(std::move(second));
        QCOMPARE(model->rowCount(), ActionLogModel::kPageSize);
        Wait::forTask(model->setFilter(till));
        QCOMPARE(model->rowCount(), 1);

        // Details: pretty JSON, the run, the person.
        const QString html = Wait::forTask(page.showDetails(model->entry(0).id));
        QVERIFY(html.contains(u"&quot;message&quot;: &quot;Reminder 77&quot;"_s));
        QVERIFY(html.contains(u"about Ana"_s));
        QVERIFY(html.contains(u"Show only this run"_s));

        // Live: new actions arrive on top; the selected one stays selected.
        search->clear();
        Wait::forTask(page.applyFilter());
        auto *table = page.findChild<QTableView *>(u"actionTable"_s);
        table->selectRow(5);
        const QString selected = model->entry(5).id;
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, tool_name, reasoning) SELECT 'office_manager', "
               "gen_random_uuid(), now(), 'create_task', 'new ' || i FROM generate_series(1, 3) AS i"_s);
        QCOMPARE(Wait::forTask(model->refreshNewer()), 3);
        QCOMPARE(model->entry(table->currentIndex().row()).id, selected);
        QCOMPARE(table->currentIndex().row(), 8);
        QStringList newest{model->entry(0).reasoning, model->entry(1).reasoning, model->entry(2).reasoning};
        newest.sort();
        QCOMPARE(newest,
                 (QStringList{u"new 1"_s, u"new 2"_s, u"new 3"_s})); // one statement: one timestamp, ordered by id
    }

    void approvesAndRejectsFromTheConsole()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false WHERE agent = 'office_manager'"_s);
        s.exec(u"INSERT INTO ai_tool_config (agent, tool_name, requires_confirmation) VALUES ('office_manager', "
               "'send_direct_message', true)"_s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        const QString bo = addUser(s, u"Bo"_s, u"staff"_s);
        const ToolExecutor executor(ToolRegistry::all());
        const ContextRequest request = ContextRequestLoader::load(s, Agent::OfficeManager, Clock::system());
        for (const QString &who : {ana, bo}) {
            LlmToolCall call;
            call.name = u"send_direct_message"_s;
            call.arguments = {{"toUserId", who.toStdString()},
                              {"message", "Your shift started 20 minutes ago. All OK?"}};
            executor.handle(s, call,
                            {u"00000000-0000-4000-8000-0000000000dd"_s, Agent::OfficeManager, false,
                             request.aiSystemUserId, &request},
                            {QDateTime::currentDateTimeUtc(), nlohmann::json::object(), 0, u"Late, no word."_s});
        }
        ConsoleSession session(db.settings());
        session.setUser({maria, u"Maria"_s, u"maria@store.example"_s, u"admin"_s});
        ApprovalsPage page(session);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.pending().size(), 2, 10000);
        QTRY_VERIFY(!page.isBusy());
        auto *list = page.findChild<QTreeWidget *>(u"approvalList"_s);
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(page.findChild<QTextBrowser *>(u"approvalDetails"_s)->toPlainText().contains(u"Your shift started"_s));
        const ApprovalQueue::Decision approved = Wait::forTask(page.approveSelected());
        QCOMPARE(approved.status, u"approved"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM messages"_s).toInt(), 1);
        QCOMPARE(page.pending().size(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        const ApprovalQueue::Decision rejected = Wait::forTask(page.rejectSelected(u"Bo called in already."_s));
        QCOMPARE(rejected.status, u"rejected"_s);
        QVERIFY(page.pending().isEmpty());
        QCOMPARE(
            s.scalar(u"SELECT string_agg(action, ',' ORDER BY created_at) FROM audit_logs WHERE user_id = ?::uuid"_s,
                     {maria})
                .toString(),
            u"mentats_approvals.approve,mentats_approvals.reject"_s);
        QCOMPARE(s.scalar(u"SELECT decided_by FROM mentats_approvals WHERE status = 'rejected'"_s).toString(),
                 u"maria@store.example"_s);
    }

    void triesAnAgentWithoutTouchingStaff()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        // Disabled, as before a manager switches it on: a dry run still works.
        s.exec(u"INSERT INTO mentats_agent_settings (agent, provider) VALUES ('office_manager', 'rules')"_s);
        s.exec(u"INSERT INTO ai_tool_config (agent, tool_name, requires_confirmation) VALUES ('office_manager', "
               "'send_direct_message', true)"_s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', "
               "now() + interval '6 hours')"_s,
               {ana});
        ConsoleSession session(db.settings());
        DryRunPage page(session);
        page.show();
        Wait::forTask(page.assemble());
        QVERIFY(page.context().attentionTotal() >= 1);
        QVERIFY(page.promptText().contains(u"Ana [user "_s));
        QVERIFY(page.promptText().contains(u"──── tools ────"_s));
        QVERIFY(page.promptText().contains(u"\"name\": \"send_direct_message\""_s));
        QVERIFY(page.findChild<QTreeWidget *>(u"moduleTree"_s)->topLevelItemCount() >= 3);

        Wait::forTask(page.askModel());
        QCOMPARE(page.proposed().size(), 1);
        QCOMPARE(page.proposed().front().toolName, u"send_direct_message"_s);
        QCOMPARE(DryRunPage::verdict(page.proposed().front()), u"would wait for a manager's approval"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0); // nothing staff-facing
        QCOMPARE(s.scalar(u"SELECT trigger || '/' || dry_run FROM mentats_runs"_s).toString(), u"dry_run/true"_s);
    }

    void savesTheBusinessSettings()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        ConsoleSession session(db.settings());
        session.setUser({maria, u"Maria"_s, {}, u"admin"_s});
        SettingsPage page(session);
        page.show();
        Wait::forTask(page.load());
        auto *zone = page.findChild<QComboBox *>(u"timeZoneCombo"_s);
        auto *save = page.findChild<QPushButton *>(u"saveButton"_s);
        QCOMPARE(zone->currentText(), u"America/Los_Angeles"_s);
        zone->setCurrentText(u"Pacific/Atlantis"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(page.findChild<QLabel *>(u"timeZoneError"_s)->isVisibleTo(&page));
        zone->setCurrentText(u"Europe/Berlin"_s);
        page.findChild<QLineEdit *>(u"businessNameEdit"_s)->setText(u"Harbor Antiques"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.saved().timeZone == u"Europe/Berlin"_s, 10000);
        QCOMPARE(s.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_time_zone'"_s).toString(),
                 u"Europe/Berlin"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE user_id = ?::uuid"_s, {maria}).toInt(), 1);
    }

    void runsTheSchedulerFromTheTray()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = addUser(s, u"Maria"_s, u"admin"_s);
        s.exec(u"INSERT INTO mentats_agent_settings (agent, provider) VALUES ('office_manager', 'rules')"_s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, cron_schedule = '0 0 1 1 *'"_s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', "
               "now() + interval '6 hours')"_s,
               {ana});
        ConsoleSession session(db.settings());
        session.setUser({maria, u"Maria"_s, u"maria@store.example"_s, u"admin"_s});
        MemorySecretStore secrets;
        MainWindow window;
        window.openSession(&session, &secrets);
        TrayController tray(session, secrets, window);
        Wait::forTask(tray.start());
        QVERIFY(tray.scheduler().isRunning());
        auto *state = window.findChild<QLabel *>(u"schedulerLabel"_s);

        tray.action(u"runOfficeManagerAction"_s)->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(u"Office Manager: completed"_s), qPrintable(state->text()),
                                  20000);
        QCOMPARE(
            s.scalar(u"SELECT trigger || ' ' || requested_by FROM mentats_runs WHERE trigger = 'manual'"_s).toString(),
            u"manual maria@store.example"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM messages"_s).toInt(), 1); // Ana was nudged

        tray.action(u"pauseAction"_s)->trigger();
        QVERIFY(tray.scheduler().isPaused());
        QVERIFY(state->text().startsWith(u"Scheduler paused"_s));
        QCOMPARE(tray.action(u"pauseAction"_s)->text(), u"&Resume Scheduler"_s);
        tray.action(u"pauseAction"_s)->trigger();
        QVERIFY(!tray.scheduler().isPaused());

        // Three scheduled failures in a row: one notification, not one per tick.
        for (int i = 1; i <= 3; ++i)
            s.exec(u"INSERT INTO mentats_runs (agent, trigger, scheduled_slot, status, status_reason, started_at, "
                   u"finished_at) "
                   "VALUES ('office_manager', 'schedule', now() - make_interval(days => ?), 'failed', 'The key was "
                   "rejected.', "
                   "now() - make_interval(days => ?), now())"_s,
                   {10 - i, 10 - i});
        Wait::forTask(tray.scheduler().tick());
        Wait::forTask(tray.scheduler().tick());
        QCOMPARE(tray.notifications().filter(u"Office Manager keeps failing"_s).size(), 1);
        QVERIFY(tray.notifications()
                    .filter(u"Office Manager keeps failing"_s)
                    .front()
                    .endsWith(u"Last error: The key was rejected."_s));

        // A new approval waiting: one notification.
        s.exec(
            u"INSERT INTO ai_actions (id, agent, run_id, run_started_at, tool_name, tool_params) VALUES "
            "('00000000-0000-4000-8000-0000000000c1', 'office_manager', gen_random_uuid(), now(), 'create_task', '{}')"_s);
        s.exec(u"INSERT INTO mentats_approvals (action_id, run_id, agent, tool_name, arguments, expires_at) VALUES "
               "('00000000-0000-4000-8000-0000000000c1', gen_random_uuid(), 'office_manager', 'create_task', '{}', "
               "now() + interval '1 day')"_s);
        Wait::forTask(tray.scheduler().tick());
        QTRY_COMPARE(tray.notifications().filter(u"wait for your approval"_s).size(), 1);

        Wait::forTask(tray.stop());
        QVERIFY(!tray.scheduler().isRunning());
    }

    void scheduledRunsUseTheKeychainKey()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, cron_schedule = '* * * * *' "
               "WHERE agent = 'office_manager'"_s);
        const QString ana = addUser(s, u"Ana"_s, u"staff"_s);
        s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', "
               "now() + interval '6 hours')"_s,
               {ana});
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Ana called ahead."_s)));
        qunsetenv("ANTHROPIC_API_KEY");
        qputenv("MENTATS_ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        ConsoleSession session(db.settings());
        MemorySecretStore secrets;
        Wait::forTask(
            secrets.write(SecretStore::apiKeyKey(db.settings().endpoint(), db.settings().database, u"office_manager"_s),
                          u"sk-ant-from-keychain"_s));
        MainWindow window;
        TrayController tray(session, secrets, window);
        Wait::forTask(tray.start()); // its first pass runs this minute's slot
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 20000);
        QCOMPARE(server.requests().front().headers.value("x-api-key"), QByteArray("sk-ant-from-keychain"));
        Wait::forTask(tray.stop());
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
    }

    void allowsOneInstancePerUser()
    {
        const QString name = u"mentats-console-test-%1"_s.arg(QCoreApplication::applicationPid());
        SingleInstance first(name);
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        SingleInstance second(name);
        QVERIFY(!second.claim()); // the running one is asked to show itself instead
        QTRY_COMPARE(raised.size(), 1);
    }

    void locksWhenIdleButNotWhileUsed()
    {
        QWidget somewhere;
        somewhere.show();
        IdleLock idle;
        QSignalSpy fired(&idle, &IdleLock::idle);
        idle.restart(300);
        for (int i = 0; i < 6; ++i) { // 600 ms of use: no lock
            QTest::qWait(100);
            QTest::keyClick(&somewhere, Qt::Key_A);
        }
        QCOMPARE(fired.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(fired.size(), 1, 2000); // then idle
        IdleLock::setConfiguredMinutes(0);
        idle.restart();
        QVERIFY(!idle.isArmed()); // 0: never
        IdleLock::setConfiguredMinutes(IdleLock::kDefaultMinutes);
    }

    void keepsTheGuiThreadFreeWhileWaiting()
    {
        TestDatabase db;
        ConsoleSession session(db.settings());
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"ok"_s), 1000));
        AnthropicProvider provider(LlmEndpoint{server.baseUrl(), u"k"_s});
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer elapsed;
        elapsed.start();
        QFuture<QVariant> slowQuery =
            session.engine().database().run([](SqlSession &s) { return s.scalar(u"SELECT pg_sleep(1)"_s); });
        LlmRequest request;
        request.model = u"claude-haiku-4-5"_s;
        request.messages = {LlmMessage::user(u"hello"_s)};
        const LlmResponse response = Wait::forTask(provider.complete(request));
        Wait::forFuture(slowQuery);
        QCOMPARE(response.text, u"ok"_s);
        QVERIFY(elapsed.elapsed() >= 1000);
        // Both waits overlapped the event loop: the 10 ms timer kept firing (at least half of its ~100 chances).
        QVERIFY2(ticks >= 50, qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(elapsed.elapsed())));
    }
};

QTEST_MAIN(TestConsoleFlow)
#include "tst_consoleflow.moc"
