#pragma once

#include "db/connectionsettings.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
class ChecksPage;
class ConsoleSession;
class QLabel;
class QMenu;
class SecretStore;
class SettingsPage;

// The console's window: pages on the left (Dashboard, Agents, the workspaces, Settings, Checks), the page on the
// right, a status bar with the connection, the signed-in manager and the scheduler. Before anyone signs in it shows
// only the database checks. Its size, position and page are restored on the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Values are stored (the last page shown) and give the Ctrl+1…9, Ctrl+0 shortcuts: new pages go at the end.
    enum class Page
    {
        Dashboard,
        Agents,
        PoliciesMemory,
        ActionLog,
        DryRun,
        Approvals,
        Reports,
        Metrics,
        Settings,
        Checks,
        ToolsContext
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Before sign-in: the checks of `settings`, run in the background.
    void showDatabase(const ConnectionSettings &settings);
    void showError(const QString &sentence);
    bool isChecking() const;

    // After sign-in: every page, working on `session` (which must outlive the window's use of it).
    void openSession(ConsoleSession *session, SecretStore *secrets);
    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    SettingsPage *settingsPage() const { return m_settingsPage; } // after openSession()
    void setSchedulerState(const QString &text);
    QMenu *agentsMenu() const;
    // Hides every page and asks for a sign-in (any admin or manager) before showing them again.
    void lock();
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void lockRequested();
    void connectRequested();
    void quitRequested();
    void closedToTray();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

public:
    // When set, closing the window hides it (the app keeps running in the tray with the scheduler).
    void setKeepRunningInTray(bool keep) { m_keepInTray = keep; }

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    void numberPageShortcuts();
    void fitNavigationList();
    void updateUserLabel();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ChecksPage *m_checks = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    ConsoleSession *m_session = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_schedulerLabel = nullptr;
    QHash<Page, QWidget *> m_pages;
    QHash<Page, QAction *> m_pageActions; // View ▸ <page>, numbered in the navigation list's order
    bool m_keepInTray = false;
    bool m_locked = false;
    QLabel *m_lockedLabel = nullptr;
};
