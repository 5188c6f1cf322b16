#pragma once

#include "config/businesssettings.h"
#include "tray/autostartentry.h"

#include <QCoroTask>
#include <QWidget>
#include <memory>

namespace Ui {
class SettingsPage;
}
class ConsoleSession;

// The business's shared settings: name, time zone (validated as you type), which desktop notifications to show.
// Saved with an audit row stamped with the signed-in manager; nothing is saved while a field is invalid.
// Below them, settings of this computer only, applied as they change: the idle lock and starting with the session.
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
    // What the autostart entry passes to the console to reopen this database (--db URL without its password, or
    // --demo); an entry already switched on is rewritten to it.
    void setStartArguments(const QStringList &arguments);
    // Where "Start with my session" is written (tests point it at a scratch directory).
    void setAutostartEntry(const AutostartEntry &entry);

Q_SIGNALS:
    void savedSettings(const BusinessSettings &settings);

private:
    BusinessSettings edited() const;
    void showSettings(const BusinessSettings &settings);
    void validate();
    void setStartsWithSession(bool on);

    std::unique_ptr<Ui::SettingsPage> m_ui;
    ConsoleSession &m_session;
    BusinessSettings m_saved;
    bool m_busy = false;
    AutostartEntry m_autostart;
    QStringList m_startArguments;
};
