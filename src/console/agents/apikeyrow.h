#pragma once

#include "core/agent.h"

#include <QCoroTask>
#include <QWidget>

class ConsoleSession;
class SecretStore;
class QLabel;
class QPushButton;

// An agent's API key for this database: kept in the OS keychain (SecretStore), never in the database or a settings
// file. The row shows only whether one is set, and offers to set or clear it.
class ApiKeyRow : public QWidget
{
    Q_OBJECT

public:
    ApiKeyRow(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent = nullptr);

    // Whether a key is stored. Throws SecretStoreError when the keychain cannot be reached.
    QCoro::Task<void> load();
    // Stores `key`, or removes the stored one when it is empty; the outcome goes to statusChanged.
    QCoro::Task<void> setApiKey(QString key);

    // The offline rules need no key; the dialog names the provider.
    void setProvider(const QString &provider);
    void setBusy(bool busy);

Q_SIGNALS:
    void working(bool busy);
    void statusChanged(const QString &text);

private:
    void askForKey();
    void refresh();
    QString keyName() const;

    ConsoleSession &m_session;
    SecretStore &m_secrets;
    Agent m_agent;
    QString m_provider;
    bool m_hasKey = false;
    bool m_busy = false;
    QLabel *m_state = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_clear = nullptr;
};
