#pragma once

#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

// The console's window. For now it shows the database it is connected to and the health checks the engine runs
// on it (the same as `mentats doctor`); the dashboard and the workspaces grow from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `settings` and runs the checks in the background.
    void showDatabase(const ConnectionSettings &settings);
    void showError(const QString &sentence);
    bool isChecking() const { return m_checking; }

private:
    QCoro::Task<void> runChecks();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConnectionSettings m_settings;
    bool m_checking = false;
};
