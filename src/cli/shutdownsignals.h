#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT and SIGTERM (Ctrl+C, systemd stopping the service) as a Qt signal, through a self-pipe: the handler only
// writes a byte; everything else happens in the event loop.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void requested();

private:
    QSocketNotifier *m_notifier = nullptr;
};
