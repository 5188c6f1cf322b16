#pragma once

#include <QObject>
#include <QTimer>

// Locks the console after a stretch without keyboard or mouse input (QSettings "security/lockAfterMinutes",
// default 15, 0 for never — a setting of this computer, not of the business).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 15;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    static int configuredMinutes();
    static void setConfiguredMinutes(int minutes);
    // Re-reads the setting (or uses `ms` directly, for tests) and restarts the countdown.
    void restart(int ms = -1);
    bool isArmed() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
