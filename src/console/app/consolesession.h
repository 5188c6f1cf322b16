#pragma once

#include "auth/signin.h"
#include "core/agent.h"
#include "core/clock.h"
#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QObject>
#include <memory>

class EngineSession;
class SecretStore;

// One open database in the console and the manager signed in to it. Pages ask the engine's services for what they
// show (engine()): coroutines that return plain data, their SQL on worker threads with their own connections, so
// the GUI thread never waits on a query. The secret store (the OS keychain) holds the agents' API keys for this
// database. Pages that never see each other meet here: the action log asks for
// a run to be replayed, the dry-run workspace takes it up.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                            QObject *parent = nullptr);
    ~ConsoleSession() override;

    const ConnectionSettings &settings() const { return m_settings; }
    EngineSession &engine() { return *m_engine; }
    const std::shared_ptr<const Clock> &clock() const { return m_clock; }

    // Not owned; may be unset (then the environment's keys are used).
    SecretStore *secretStore() const { return m_secrets; }
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The agent's API key from the secret store, empty when none is stored or there is no store. Throws
    // SecretStoreError when the keychain cannot be reached.
    QCoro::Task<QString> storedApiKey(Agent agent);

    // Who is doing things, for run records: the manager's email, empty when nobody is signed in.
    QString requestedBy() const;

    void requestReplay(const QString &runId) { Q_EMIT replayRequested(runId); }

    bool isSignedIn() const { return m_user.has_value(); }
    const SignedInUser &user() const { return *m_user; }
    void setUser(const SignedInUser &user);
    void signOut();

Q_SIGNALS:
    void userChanged();
    void replayRequested(const QString &runId);

private:
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<EngineSession> m_engine;
    std::optional<SignedInUser> m_user;
    SecretStore *m_secrets = nullptr;
};
