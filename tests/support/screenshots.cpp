// mentats-screenshots: the console's pages on the demo business, saved as PNGs for the README and docs/.
// Run: QT_QPA_PLATFORM=offscreen build/tests/mentats-screenshots [--dir DEMO_DIR] [--out docs] [--dark]
#include "actionlog/actionlogmodel.h"
#include "actionlog/actionlogpage.h"
#include "agents/agenteditor.h"
#include "agents/agentspage.h"
#include "app/consolesession.h"
#include "app/mainwindow.h"
#include "approvals/approvalspage.h"
#include "connect/signindialog.h"
#include "core/bootstrap.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "demo/demodatabase.h"
#include "dryrun/dryrunpage.h"
#include "dryrun/simulatepanel.h"
#include "knowledge/policiesmemorypage.h"
#include "metrics/metricspage.h"
#include "metrics/metricstablemodel.h"
#include "reports/reportspage.h"
#include "secrets/memorysecretstore.h"
#include "services/enginesession.h"
#include "toolscontext/toolcontrolmodel.h"
#include "toolscontext/toolscontextpage.h"
#include "wait.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-screenshots"_s);
    QCoreApplication::setOrganizationName(u"mentats-screenshots"_s);
    const QStringList args = QCoreApplication::arguments();
    QTemporaryDir scratch(u"/tmp/mentats-shots-XXXXXX"_s);
    QFile::setPermissions(scratch.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    const QString demoDir =
        args.indexOf(u"--dir"_s) >= 0 ? args.value(args.indexOf(u"--dir"_s) + 1) : scratch.path() + u"/demo"_s;
    const QString out = args.indexOf(u"--out"_s) >= 0 ? args.value(args.indexOf(u"--out"_s) + 1) : u"docs"_s;
    QDir().mkpath(out);
    // --dark: the same pages in a dark palette (Fusion), to check that every colour the console sets still reads.
    const bool dark = args.contains(u"--dark"_s);
    const QString suffix = dark ? u"-dark"_s : QString();
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, Qt::white);
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::Text, Qt::white);
        palette.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
        palette.setColor(QPalette::ButtonText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
        QApplication::setPalette(palette);
    }

    DemoDatabase demo(demoDir);
    const DemoDatabase::StartResult started = demo.start(DemoOptions{});
    ConsoleSession session(started.settings);
    const SqlRows admin = Wait::forFuture(session.engine().database().run([](SqlSession &s) {
        return s.select(
            u"SELECT id::text, name, email FROM users WHERE role = 'admin' AND is_active ORDER BY created_at LIMIT 1"_s);
    }));
    MemorySecretStore secrets;
    const auto waitFor = [](const auto &condition) {
        if (!QTest::qWaitFor(condition, 20000))
            std::fprintf(stderr, "mentats-screenshots: gave up waiting; the picture may be incomplete\n");
    };
    const auto save = [&out, &suffix](QWidget *widget, const QString &name) {
        QTest::qWait(300);
        const QString path = out + u'/' + name + suffix + u".png"_s;
        widget->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };

    SignInDialog signIn(session);
    signIn.setHint(u"Demo: sign in as any demo admin or manager with the password \"%1\"."_s.arg(
        QString::fromLatin1(DemoOptions::kManagerPassword)));
    signIn.show();
    save(&signIn, u"console-sign-in"_s);
    signIn.hide();

    session.setUser({admin.rows.front().at(0).toString(), admin.rows.front().at(1).toString(),
                     admin.rows.front().at(2).toString(), u"admin"_s});
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openSession(&session, &secrets);
    window.setSchedulerState(u"Scheduler on"_s);
    auto *dashboard = qobject_cast<DashboardPage *>(window.page(MainWindow::Page::Dashboard));
    window.showPage(MainWindow::Page::Dashboard);
    waitFor([&] { return !dashboard->isRefreshing() && dashboard->snapshot().agents.size() == 2; });
    save(&window, u"console-dashboard"_s);
    window.showPage(MainWindow::Page::Agents);
    auto *agents = qobject_cast<AgentsPage *>(window.page(MainWindow::Page::Agents));
    waitFor([&] { return !agents->editor(0)->isBusy() && !agents->editor(0)->saved().cronSchedule.isEmpty(); });
    save(&window, u"console-agents"_s);
    window.showPage(MainWindow::Page::ToolsContext);
    auto *toolsContext = qobject_cast<ToolsContextPage *>(window.page(MainWindow::Page::ToolsContext));
    waitFor([&] { return !toolsContext->isBusy() && toolsContext->toolModel()->rowCount() > 0; });
    save(&window, u"console-tools-context"_s);
    window.showPage(MainWindow::Page::PoliciesMemory);
    auto *knowledge = qobject_cast<PoliciesMemoryPage *>(window.page(MainWindow::Page::PoliciesMemory));
    waitFor([&] { return !knowledge->isBusy() && !knowledge->memories().isEmpty(); });
    save(&window, u"console-policies-memory"_s);
    window.showPage(MainWindow::Page::ActionLog);
    auto *actionLog = qobject_cast<ActionLogPage *>(window.page(MainWindow::Page::ActionLog));
    waitFor([&] { return actionLog->model()->rowCount() > 0; });
    if (auto *table = actionLog->findChild<QTableView *>(); table && actionLog->model()->rowCount() > 2) {
        table->setFocus();
        table->selectRow(2);
    }
    QTest::qWait(1500); // the details pane loads on a worker
    save(&window, u"console-action-log"_s);
    window.showPage(MainWindow::Page::DryRun);
    auto *dryRun = qobject_cast<DryRunPage *>(window.page(MainWindow::Page::DryRun));
    Wait::forTask(dryRun->assemble());
    save(&window, u"console-dry-run"_s);
    // The Simulate tab after a week of the small store with the offline rules, in the demo's cluster.
    SimulatePanel *simulate = dryRun->simulatePanel();
    dryRun->findChild<QTabWidget *>(u"dryRunTabs"_s)->setCurrentWidget(simulate);
    simulate->setClusterDirectory(demoDir);
    Wait::forTask(simulate->simulate());
    save(&window, u"console-simulate"_s);
    dryRun->findChild<QTabWidget *>(u"dryRunTabs"_s)->setCurrentIndex(0);
    window.showPage(MainWindow::Page::Approvals);
    auto *approvals = qobject_cast<ApprovalsPage *>(window.page(MainWindow::Page::Approvals));
    waitFor([&] { return !approvals->isBusy() && !approvals->pending().isEmpty(); });
    save(&window, u"console-approvals"_s);
    window.showPage(MainWindow::Page::Reports);
    auto *reports = qobject_cast<ReportsPage *>(window.page(MainWindow::Page::Reports));
    waitFor([&] { return reports->summary().total > 0; });
    save(&window, u"console-reports"_s);
    window.showPage(MainWindow::Page::Metrics);
    auto *metrics = qobject_cast<MetricsPage *>(window.page(MainWindow::Page::Metrics));
    waitFor([&] {
        return metrics->result() && metrics->preview() && !metrics->isLoading() && !metrics->peopleModel()->isLoading();
    });
    save(&window, u"console-metrics"_s);
    window.showPage(MainWindow::Page::Settings);
    save(&window, u"console-settings"_s);
    window.showPage(MainWindow::Page::Checks);
    waitFor([&] { return !window.isChecking(); });
    save(&window, u"console-database-checks"_s);
    window.close();
    demo.stop();
    return 0;
}
