#include "app/mainwindow.h"

#include "actionlog/actionlogpage.h"
#include "agents/agentspage.h"
#include "app/consolesession.h"
#include "approvals/approvalspage.h"
#include "checks/checkspage.h"
#include "connect/signindialog.h"
#include "core/version.h"
#include "dashboard/dashboardpage.h"
#include "dryrun/dryrunpage.h"
#include "knowledge/policiesmemorypage.h"
#include "metrics/metricsimportdialog.h"
#include "metrics/metricspage.h"
#include "reports/reportspage.h"
#include "settings/settingspage.h"
#include "toolscontext/toolscontextpage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kPageKey = u"window/page"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_schedulerLabel = new QLabel(this);
    m_schedulerLabel->setObjectName(u"schedulerLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_schedulerLabel);

    m_checks = new ChecksPage(this);
    connect(m_checks, &ChecksPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    addPage(Page::Checks, tr("Checks"), m_checks);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_ui->navigationList->item(row))
            showPage(Page(item->data(Qt::UserRole).toInt()));
    });
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionConnect, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Mentats Console"),
                           tr("<p><b>Mentats Console</b> %1</p><p>Configure and watch TeamTime's AI agents: the Office "
                              "Manager and the Revenue Optimizer.</p>")
                               .arg(QStringLiteral(MENTATS_VERSION)));
    });
    m_lockedLabel = new QLabel(tr("Mentats Console is locked. Sign in to continue."), this);
    m_lockedLabel->setObjectName(u"lockedLabel"_s);
    m_lockedLabel->setAlignment(Qt::AlignCenter);
    m_lockedLabel->hide();
    m_ui->centralLayout->addWidget(m_lockedLabel);
    connect(this, &MainWindow::lockRequested, this, &MainWindow::lock);
    m_ui->actionLock->setEnabled(false);
    m_ui->actionRefresh->setEnabled(false);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    auto *item = new QListWidgetItem(title);
    item->setData(Qt::UserRole, int(page));
    m_ui->pages->addWidget(widget);
    m_pages.insert(page, widget);
    m_pageActions.insert(page, m_ui->viewMenu->addAction(title, this, [this, page] { showPage(page); }));
    // Checks stay last; everything else goes before them.
    const int checksRow = page == Page::Checks ? -1 : m_ui->navigationList->count() - 1;
    if (checksRow >= 0 && m_pages.contains(Page::Checks))
        m_ui->navigationList->insertItem(checksRow, item);
    else
        m_ui->navigationList->addItem(item);
    numberPageShortcuts();
    fitNavigationList();
}

// The page list is as wide as its longest title (in this language and font), never cut to "Tools & Cont…".
void MainWindow::fitNavigationList()
{
    QListWidget *list = m_ui->navigationList;
    const int scrollBar = list->verticalScrollBar()->sizeHint().width(); // when a small window needs one
    const int width = list->sizeHintForColumn(0) + 2 * list->frameWidth() + scrollBar;
    list->setFixedWidth(width);
}

void MainWindow::numberPageShortcuts()
{
    // Ctrl+1…9 and Ctrl+0 for the first ten pages, in the order they are listed.
    for (int row = 0; row < m_ui->navigationList->count(); ++row) {
        const auto page = Page(m_ui->navigationList->item(row)->data(Qt::UserRole).toInt());
        if (QAction *action = m_pageActions.value(page))
            action->setShortcut(row < 10 ? QKeySequence(u"Ctrl+%1"_s.arg((row + 1) % 10)) : QKeySequence());
    }
}

void MainWindow::showDatabase(const ConnectionSettings &settings)
{
    m_connectionLabel->setText(settings.endpoint());
    m_connectionLabel->setToolTip(settings.redactedUrl());
    m_checks->showDatabase(settings);
    if (!m_session)
        showPage(Page::Checks);
}

void MainWindow::showError(const QString &sentence)
{
    m_checks->showError(sentence);
    showPage(Page::Checks);
}

bool MainWindow::isChecking() const
{
    return m_checks->isChecking();
}

void MainWindow::openSession(ConsoleSession *session, SecretStore *secrets)
{
    m_session = session;
    m_connectionLabel->setText(session->settings().endpoint());
    m_connectionLabel->setToolTip(session->settings().redactedUrl());
    auto *dashboard = new DashboardPage(*session, this);
    connect(m_ui->actionRefresh, &QAction::triggered, dashboard, [dashboard] { dashboard->refresh(); });
    addPage(Page::Dashboard, tr("Dashboard"), dashboard);
    addPage(Page::Agents, tr("Agents"), new AgentsPage(*session, *secrets, this));
    auto *toolsContext = new ToolsContextPage(*session, this);
    connect(toolsContext, &ToolsContextPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::ToolsContext, tr("Tools & Context"), toolsContext);
    auto *knowledge = new PoliciesMemoryPage(*session, this);
    connect(knowledge, &PoliciesMemoryPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::PoliciesMemory, tr("Policies & Memory"), knowledge);
    auto *actionLog = new ActionLogPage(*session, this);
    connect(actionLog, &ActionLogPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::ActionLog, tr("Action Log"), actionLog);
    auto *dryRun = new DryRunPage(*session, this);
    connect(dryRun, &DryRunPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::DryRun, tr("Dry Run"), dryRun);
    auto *approvals = new ApprovalsPage(*session, this);
    connect(approvals, &ApprovalsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::Approvals, tr("Approvals"), approvals);
    auto *reports = new ReportsPage(*session, this);
    connect(reports, &ReportsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    addPage(Page::Reports, tr("Reports"), reports);
    auto *metrics = new MetricsPage(*session, this);
    connect(metrics, &MetricsPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    metrics->setImportAvailable(true);
    connect(metrics, &MetricsPage::importRequested, this, [this, session, metrics](const QString &kind) {
        auto *dialog = new MetricsImportDialog(
            *session, kind == u"auction"_s ? ImportMapping::Kind::Auction : ImportMapping::Kind::Pos, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MetricsImportDialog::imported, metrics, [metrics] { metrics->refresh(); });
        dialog->open();
    });
    addPage(Page::Metrics, tr("Metrics"), metrics);
    m_settingsPage = new SettingsPage(*session, this);
    addPage(Page::Settings, tr("Settings"), m_settingsPage);
    m_settingsPage->load();
    m_checks->showDatabase(session->settings());
    connect(session, &ConsoleSession::userChanged, this, &MainWindow::updateUserLabel);
    updateUserLabel();
    m_ui->actionLock->setEnabled(true);
    m_ui->actionRefresh->setEnabled(true);
    const int saved = QSettings().value(kPageKey, int(Page::Dashboard)).toInt();
    showPage(m_pages.contains(Page(saved)) ? Page(saved) : Page::Dashboard);
}

void MainWindow::updateUserLabel()
{
    m_userLabel->setText(m_session && m_session->isSignedIn()
                             ? tr("%1 (%2)").arg(m_session->user().name, m_session->user().role)
                             : tr("Not signed in"));
}

void MainWindow::showPage(Page page)
{
    QWidget *widget = m_pages.value(page);
    if (!widget)
        return;
    m_ui->pages->setCurrentWidget(widget);
    for (int row = 0; row < m_ui->navigationList->count(); ++row) {
        if (m_ui->navigationList->item(row)->data(Qt::UserRole).toInt() == int(page)) {
            const QSignalBlocker blocker(m_ui->navigationList);
            m_ui->navigationList->setCurrentRow(row);
        }
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages.key(m_ui->pages->currentWidget(), Page::Checks);
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages.value(page);
}

void MainWindow::lock()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    m_ui->navigationList->hide();
    m_ui->pages->hide();
    m_lockedLabel->show();
    menuBar()->setEnabled(false);
    auto *dialog = new SignInDialog(*m_session, this);
    dialog->setObjectName(u"unlockDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_locked = false; // ask again: a locked console stays locked
                    lock();
                },
                Qt::QueuedConnection);
            return;
        }
        m_locked = false;
        m_lockedLabel->hide();
        m_ui->navigationList->show();
        m_ui->pages->show();
        menuBar()->setEnabled(true);
    });
    dialog->open();
}

QMenu *MainWindow::agentsMenu() const
{
    return m_ui->agentsMenu;
}

void MainWindow::setSchedulerState(const QString &text)
{
    m_schedulerLabel->setText(text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitNavigationList();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_session)
        settings.setValue(kPageKey, int(currentPage()));
    if (m_keepInTray) {
        hide();
        event->ignore();
        Q_EMIT closedToTray();
        return;
    }
    QMainWindow::closeEvent(event);
    Q_EMIT quitRequested();
}
