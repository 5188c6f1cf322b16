#pragma once

#include <QObject>

class QLocalServer;

// One console per user: the first instance listens on a local socket named for the user; a second launch finds it,
// asks it to show its window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName();
    // True when this process is the first: it now listens. False when another instance answered (and was asked to
    // raise its window).
    bool claim();
    // Stops listening (before starting a successor process).
    void release();

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
