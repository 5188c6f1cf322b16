// The Dry Run page's replay, as a manager uses it, on a real database, real HTTP to a fake model server and real
// widgets (offscreen): ask the model, replay that run with another model, read the two side by side with the
// differences marked; cancel a replay and a question in flight; and arrive from the action log's "Replay…".
#include "actionlog/actionlogmodel.h"
#include "actionlog/actionlogpage.h"
#include "app/consoleapplication.h"
#include "app/consolesession.h"
#include "app/mainwindow.h"
#include "auth/passwordhash.h"
#include "connect/signindialog.h"
#include "dryrun/dryrunpage.h"
#include "dryrun/replaypanel.h"
#include "dryrun/runactivity.h"
#include "dryrun/runcomparisonmodel.h"
#include "dryrun/runcomparisonview.h"
#include "fakellmserver.h"
#include "jsoncompare.h"
#include "llm/rulesprovider.h"
#include "migrations/migrator.h"
#include "runs/agentrunner.h"
#include "secrets/memorysecretstore.h"
#include "testdatabase.h"
#include "wait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Difference = RunComparison::Difference;

namespace {

const QString kPassword = u"Tr0ub4dor&3"_s;
const QString kStoredKey = u"sk-from-the-keychain"_s;

QString addUser(SqlSession &s, const QString &name, const QString &role)
{
    static const QString hash = PasswordHash::hash(kPassword);
    return s
        .scalar(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role) VALUES (?, ?, 'x', ?, ?, "
                "?::user_role) RETURNING id::text"_s,
                {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), hash, name, role})
        .toString();
}

json toolUse(const QString &id, const QString &name, const json &input)
{
    return {{"type", "tool_use"}, {"id", id.toStdString()}, {"name", name.toStdString()}, {"input", input}};
}

json answer(const QString &text, const json &calls, int inputTokens, int outputTokens)
{
    json body = FakeLlmServer::anthropicText(text, inputTokens, outputTokens);
    for (const json &call : calls)
        body["content"].push_back(call);
    body["stop_reason"] = "tool_use";
    return body;
}

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FakeLlmServer> m_server;
    MemorySecretStore m_secrets;
    QString m_ana;
    QString m_bo;

    SqlSession &s() { return m_db->session(); }

    // A manager at the console of this database, signed in, the keychain holding the Office Manager's key.
    std::unique_ptr<ConsoleSession> session()
    {
        auto session = std::make_unique<ConsoleSession>(m_db->settings());
        session->setSecretStore(&m_secrets);
        session->setUser({u"id"_s, u"Maria"_s, u"maria@store.example"_s, u"admin"_s});
        return session;
    }

    QString originalRunId()
    {
        return s()
            .scalar(u"SELECT id::text FROM mentats_runs WHERE replay_of IS NULL ORDER BY started_at DESC LIMIT 1"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"mentats-tests"_s);
        QSettings().clear();
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_server = std::make_unique<FakeLlmServer>();
        Migrator().migrate(s());
        addUser(s(), u"Maria"_s, u"admin"_s);
        m_ana = addUser(s(), u"Ana"_s, u"staff"_s);
        m_bo = addUser(s(), u"Bo"_s, u"staff"_s);
        s().exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', "
                 "now() + interval '6 hours')"_s,
                 {m_ana});
        // The Office Manager talks to "Anthropic" at the fake server, with a key in the keychain.
        s().exec(u"UPDATE ai_config SET model = 'claude-haiku-4-5' WHERE agent = 'office_manager'"_s);
        s().exec(u"INSERT INTO mentats_agent_settings (agent, provider, base_url) VALUES ('office_manager', "
                 "'anthropic', ?)"_s,
                 {m_server->baseUrl().toString()});
        const ConnectionSettings settings = m_db->settings();
        Wait::forTask(m_secrets.write(
            SecretStore::apiKeyKey(settings.endpoint(), settings.database, u"office_manager"_s), kStoredKey));
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void replaysSideBySide()
    {
        const json toAna = {{"toUserId", m_ana.toStdString()},
                            {"message", "Hi Ana, your shift started at 10:05. All OK?"}};
        const json task = {{"assigneeId", m_ana.toStdString()}, {"title", "Call the office about today's shift"}};
        m_server->enqueue(FakeLlmServer::Reply::json(
            answer(u"Ana is late."_s,
                   {toolUse(u"t1"_s, u"send_direct_message"_s, toAna), toolUse(u"t2"_s, u"create_task"_s, task),
                    toolUse(u"t3"_s, u"flag_for_manager"_s, {{"reason", "Ana has been late three Tuesdays running."}})},
                   1200, 80)));
        m_server->enqueue(
            FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Checked in with Ana."_s, 1400, 20)));
        const auto console = session();
        DryRunPage page(*console);
        page.show();
        Wait::forTask(page.askModel());
        QCOMPARE(page.proposed().size(), 3);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests()[0].headers.value("x-api-key"), kStoredKey.toUtf8()); // the keychain's key
        const QString original = originalRunId();

        // Replay a Run…: the run just made is offered first, the agent's own provider and model preselected.
        QTest::mouseClick(child<QPushButton>(&page, u"replayRunButton"_s), Qt::LeftButton);
        auto *runs = child<QComboBox>(&page, u"replayRunChoice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runs->count() >= 1, 10000);
        QCOMPARE(child<QTabWidget>(&page, u"dryRunTabs"_s)->currentWidget(), page.replayPanel());
        QCOMPARE(runs->currentData().toString(), original);
        QVERIFY2(runs->currentText().contains(u"3 call(s)"_s), qPrintable(runs->currentText()));
        QCOMPARE(child<QComboBox>(&page, u"replayProvider"_s)->currentText(), u"anthropic"_s);
        QCOMPARE(child<QLineEdit>(&page, u"replayBaseUrl"_s)->text(), m_server->baseUrl().toString());
        auto *model = child<QComboBox>(&page, u"replayModel"_s);
        QCOMPARE(model->currentText(), u"claude-haiku-4-5"_s);
        QVERIFY(model->findText(u"claude-sonnet-4-5"_s) >= 0); // the price table's models
        model->setCurrentText(u"claude-sonnet-4-5"_s);

        const json toBo = {
            {"toUserId", m_bo.toStdString()}, {"kind", "shift_reminder"}, {"title", "Your shift starts at 11:00"}};
        m_server->enqueue(FakeLlmServer::Reply::json(
            answer(u"Ana is 25 minutes late; Bo starts soon."_s,
                   {toolUse(u"r1"_s, u"send_direct_message"_s,
                            {{"toUserId", m_ana.toStdString()}, {"message", "Hi Ana, are you on your way?"}}),
                    toolUse(u"r2"_s, u"create_task"_s, task), toolUse(u"r3"_s, u"send_notification"_s, toBo)},
                   2000, 100)));
        m_server->enqueue(
            FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"Sent what was needed."_s, 1000, 50), 300));
        QTest::mouseClick(child<QPushButton>(&page, u"replayButton"_s), Qt::LeftButton);
        // While it runs: progress shown, Cancel offered, nothing else startable.
        QVERIFY(page.isBusy());
        QVERIFY(child<QProgressBar>(&page, u"runProgress"_s)->isVisible());
        QVERIFY(child<QPushButton>(&page, u"cancelButton"_s)->isEnabled());
        for (const QString &name : {u"replayButton"_s, u"askButton"_s, u"assembleButton"_s, u"replayRunButton"_s})
            QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), qPrintable(name));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page, u"dryRunState"_s)->text().startsWith(u"Asking the model again"_s),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QVERIFY(!child<QProgressBar>(&page, u"runProgress"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"cancelButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&page, u"replayButton"_s)->isEnabled());
        QCOMPARE(
            page.activity()->text(),
            u"Replayed with Anthropic claude-sonnet-4-5: 1 changed, 1 only in the replay, 1 only in the original."_s);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(m_server->requests()[2].json["model"], json("claude-sonnet-4-5"));
        QCOMPARE(m_server->requests()[2].headers.value("x-api-key"), kStoredKey.toUtf8());

        // Side by side: rows paired, differences marked in words and in colour.
        RunComparisonModel *rows = page.replayPanel()->view()->model();
        QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows->rowCount(), 4);
        const auto cell = [rows](int row, int column, int role = Qt::DisplayRole) {
            return rows->data(rows->index(row, column), role);
        };
        const QList<std::pair<Difference, QString>> expected = {{Difference::Changed, u"≠ changed: message"_s},
                                                                {Difference::Same, u"= same"_s},
                                                                {Difference::Removed, u"− only in the original"_s},
                                                                {Difference::Added, u"+ only in the replay"_s}};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(cell(row, RunComparisonModel::Marker, RunComparisonModel::DifferenceRole).toInt(),
                     int(expected[row].first));
            QCOMPARE(cell(row, RunComparisonModel::Marker).toString(), expected[row].second);
            // Highlighted unless the same.
            const QVariant background = cell(row, RunComparisonModel::OriginalCall, Qt::BackgroundRole);
            QCOMPARE(background.isValid(), expected[row].first != Difference::Same);
            if (background.isValid())
                QCOMPARE(cell(row, RunComparisonModel::ReplayVerdict, Qt::BackgroundRole), background);
        }
        QVERIFY(cell(0, RunComparisonModel::OriginalCall, Qt::BackgroundRole) !=
                cell(3, RunComparisonModel::OriginalCall, Qt::BackgroundRole)); // changed and added look different
        QCOMPARE(cell(0, RunComparisonModel::OriginalCall).toString(), u"send_direct_message → Ana"_s);
        QCOMPARE(cell(0, RunComparisonModel::OriginalVerdict).toString(), u"would run"_s);
        QVERIFY(cell(0, RunComparisonModel::ReplayParameters).toString().contains(u"are you on your way?"_s));
        QCOMPARE(cell(2, RunComparisonModel::OriginalCall).toString(), u"flag_for_manager"_s);
        QCOMPARE(cell(2, RunComparisonModel::ReplayCall).toString(), u"—"_s);
        QCOMPARE(cell(3, RunComparisonModel::OriginalCall).toString(), u"—"_s);
        QCOMPARE(cell(3, RunComparisonModel::ReplayCall).toString(), u"send_notification → Bo"_s);
        QCOMPARE(cell(3, RunComparisonModel::ReplayVerdict).toString(), u"would run"_s);

        QCOMPARE(child<QPlainTextEdit>(&page, u"originalReasoning"_s)->toPlainText(),
                 u"Ana is late.\n\nChecked in with Ana."_s);
        QCOMPARE(child<QPlainTextEdit>(&page, u"replayReasoning"_s)->toPlainText(),
                 u"Ana is 25 minutes late; Bo starts soon.\n\nSent what was needed."_s);
        // Haiku: 2600 × $1 + 100 × $5 per million; Sonnet: 3000 × $3 + 150 × $15 per million.
        const QString originalTotals = child<QLabel>(&page, u"originalTotals"_s)->text();
        const QString replayTotals = child<QLabel>(&page, u"replayTotals"_s)->text();
        QVERIFY2(originalTotals.contains(u"100 out tokens · $0.0031"_s), qPrintable(originalTotals));
        QVERIFY2(replayTotals.contains(u"150 out tokens · $0.0113"_s), qPrintable(replayTotals));
        QVERIFY(child<QLabel>(&page, u"replayHeading"_s)
                    ->text()
                    .startsWith(u"Replay: Anthropic claude-sonnet-4-5 · completed"_s));
        QCOMPARE(child<QLabel>(&page, u"comparisonSummary"_s)->text(),
                 u"Same: 1 · changed: 1 · only in the replay: 1 · only in the original: 1"_s);

        // The replay is listed as a run of its own; the manager's choices stay for the next try.
        QTRY_COMPARE_WITH_TIMEOUT(runs->count(), 2, 10000);
        QVERIFY2(runs->itemText(0).contains(u" · replay · Anthropic claude-sonnet-4-5 · 3 call(s) · completed"_s),
                 qPrintable(runs->itemText(0)));
        QCOMPARE(runs->currentData().toString(), original);
        QCOMPARE(model->currentText(), u"claude-sonnet-4-5"_s);

        QCOMPARE(s().scalar(u"SELECT count(*) FROM mentats_runs WHERE replay_of = ?::uuid AND dry_run AND "
                            "requested_by = 'maria@store.example'"_s,
                            {original})
                     .toInt(),
                 1);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM tasks"_s).toInt(), 0);
    }

    void cancelsAndSaysSo()
    {
        const auto console = session();
        DryRunPage page(*console);
        page.show();
        QSignalSpy messages(&page, &DryRunPage::message);
        auto *cancel = child<QPushButton>(&page, u"cancelButton"_s);

        // Ask the Model, cancelled while the model thinks.
        m_server->enqueue(FakeLlmServer::Reply::hang());
        QTest::mouseClick(child<QPushButton>(&page, u"askButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 10000);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.takeFirst().at(0).toString(),
                 u"Cancelled; the dry run is recorded as failed (\"Cancelled by maria@store.example\")."_s);
        for (const QString &name : {u"askButton"_s, u"assembleButton"_s, u"replayRunButton"_s})
            QVERIFY2(child<QPushButton>(&page, name)->isEnabled(), qPrintable(name));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs"_s).toString(),
                 u"failed: Cancelled by maria@store.example"_s);

        // A replay of a run on the offline rules, cancelled the same way.
        RunOptions rules;
        rules.trigger = RunClaim::Trigger::DryRun;
        rules.provider = std::make_shared<RulesProvider>();
        const RunResult original = Wait::forTask(AgentRunner(m_db->settings()).run(rules));
        QCOMPARE(original.status, RunStatus::Completed);
        // The Replay tab lists what can be replayed, newest first: the cancelled question had its prompt recorded.
        auto *runs = child<QComboBox>(&page, u"replayRunChoice"_s);
        child<QTabWidget>(&page, u"dryRunTabs"_s)->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(runs->count(), 2, 10000);
        QCOMPARE(runs->itemData(0).toString(), original.runId);
        QVERIFY2(runs->itemText(1).endsWith(u"· 0 call(s) · failed"_s), qPrintable(runs->itemText(1)));
        Wait::forTask(page.showReplay(original.runId));
        QCOMPARE(child<QComboBox>(&page, u"replayRunChoice"_s)->currentData().toString(), original.runId);
        m_server->enqueue(FakeLlmServer::Reply::hang());
        QTest::mouseClick(child<QPushButton>(&page, u"replayButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        const QString cancelled =
            u"Replay cancelled; it is recorded as a failed run (\"Cancelled by maria@store.example\")."_s;
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.takeFirst().at(0).toString(), cancelled);
        QCOMPARE(page.activity()->text(), cancelled);
        for (const QString &name : {u"replayButton"_s, u"askButton"_s, u"assembleButton"_s, u"replayRunButton"_s})
            QVERIFY2(child<QPushButton>(&page, name)->isEnabled(), qPrintable(name));
        QCOMPARE(page.replayPanel()->view()->model()->rowCount(), 0); // no half comparison
        QCOMPARE(s().scalar(u"SELECT status || ': ' || status_reason FROM mentats_runs WHERE replay_of = ?::uuid"_s,
                            {original.runId})
                     .toString(),
                 u"failed: Cancelled by maria@store.example"_s);
        QCOMPARE(s().scalar(u"SELECT count(*) FROM ai_actions a JOIN mentats_runs r ON r.id = a.run_id "
                            "WHERE r.replay_of IS NOT NULL"_s)
                     .toInt(),
                 0);
    }

    // From the action log's details: "Replay…" brings the Dry Run page forward with that run, and the agent it
    // belongs to, chosen.
    void arrivesFromTheActionLog()
    {
        RunOptions rules;
        rules.agent = Agent::RevenueOptimizer;
        rules.trigger = RunClaim::Trigger::DryRun;
        rules.callEvenIfQuiet = true;
        rules.provider = std::make_shared<RulesProvider>();
        const RunResult optimizer = Wait::forTask(AgentRunner(m_db->settings()).run(rules));
        QCOMPARE(optimizer.status, RunStatus::Completed);

        ConsoleApplication console({m_db->settings().toUrl(), false, {}}, m_secrets);
        MainWindow &window = console.window();
        console.start(); // shows the window
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<SignInDialog *>()) && dialog->isVisible(), 30000);
        child<QLineEdit>(dialog, u"loginEdit"_s)->setText(u"maria"_s);
        child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(kPassword);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage(), MainWindow::Page::Dashboard, 10000);

        window.showPage(MainWindow::Page::ActionLog);
        auto *log = qobject_cast<ActionLogPage *>(window.page(MainWindow::Page::ActionLog));
        child<QLineEdit>(log, u"runFilter"_s)->setText(optimizer.runId);
        Wait::forTask(log->applyFilter());
        QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() >= 1, 10000);
        const QString html = Wait::forTask(log->showDetails(log->model()->entry(0).id));
        const QString link = u"replay:"_s + optimizer.runId;
        QVERIFY2(html.contains(u"href=\"%1\""_s.arg(link)), qPrintable(html));
        Q_EMIT child<QTextBrowser>(log, u"actionDetails"_s)->anchorClicked(QUrl(link));

        QCOMPARE(window.currentPage(), MainWindow::Page::DryRun);
        auto *dryRun = qobject_cast<DryRunPage *>(window.page(MainWindow::Page::DryRun));
        QCOMPARE(child<QTabWidget>(dryRun, u"dryRunTabs"_s)->currentWidget(), dryRun->replayPanel());
        auto *runs = child<QComboBox>(dryRun, u"replayRunChoice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(runs->currentData().toString(), optimizer.runId, 10000);
        QCOMPARE(child<QComboBox>(dryRun, u"agentChoice"_s)->currentData().toString(), u"revenue_optimizer"_s);
        QCOMPARE(dryRun->replayPanel()->agent(), Agent::RevenueOptimizer);
        QVERIFY(child<QPushButton>(dryRun, u"replayButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
