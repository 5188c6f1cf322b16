#pragma once

#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QWidget>
#include <memory>

class QStandardItemModel;

namespace Ui {
class ChecksPage;
}

// The database's health, as `mentats doctor` sees it: the checks run in the background and can be run again.
// (A QStandardItemModel, not a QTreeWidget: QTreeWidget's model reports an item's children under every column.)
class ChecksPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPage(QWidget *parent = nullptr);
    ~ChecksPage() override;

    // Shows `settings` and runs the checks in the background.
    void showDatabase(const ConnectionSettings &settings);
    void showError(const QString &sentence);
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QCoro::Task<void> runChecks();

    std::unique_ptr<Ui::ChecksPage> m_ui;
    QStandardItemModel *m_checks; // a check per row; what it looked at (the engine's indexes) folded under it
    ConnectionSettings m_settings;
    bool m_checking = false;
};
