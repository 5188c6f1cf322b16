#pragma once

#include "auth/signin.h"
#include "core/clock.h"
#include "db/connectionsettings.h"

#include <QObject>

#include <memory>

class Database;

// One open database in the console and the manager signed in to it. Database work goes through db(): worker
// threads with their own connections, so the GUI thread never waits on a query.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                            QObject *parent = nullptr);
    ~ConsoleSession() override;

    const ConnectionSettings &settings() const { return m_settings; }
    Database &db() { return *m_db; }
    const std::shared_ptr<const Clock> &clock() const { return m_clock; }

    bool isSignedIn() const { return m_user.has_value(); }
    const SignedInUser &user() const { return *m_user; }
    void setUser(const SignedInUser &user);
    void signOut();

Q_SIGNALS:
    void userChanged();

private:
    ConnectionSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::optional<SignedInUser> m_user;
};
