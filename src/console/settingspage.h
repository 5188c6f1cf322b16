#pragma once

#include "config/businesssettings.h"

#include <QCoroTask>
#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}
class ConsoleSession;

// The business's shared settings: name, time zone (validated as you type), which desktop notifications to show.
// Saved with an audit row stamped with the signed-in manager; nothing is saved while a field is invalid.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    QCoro::Task<void> load();
    QCoro::Task<void> save();
    bool isBusy() const { return m_busy; }
    const BusinessSettings &saved() const { return m_saved; }

Q_SIGNALS:
    void savedSettings(const BusinessSettings &settings);

private:
    BusinessSettings edited() const;
    void showSettings(const BusinessSettings &settings);
    void validate();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    ConsoleSession &m_session;
    BusinessSettings m_saved;
    bool m_busy = false;
};
