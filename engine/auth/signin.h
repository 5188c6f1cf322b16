#pragma once

#include <QString>
#include <optional>

class SqlSession;

struct SignedInUser
{
    QString id;
    QString name;
    QString email;
    QString role; // admin or manager
};

// Signing in to the console with a TeamTime account: email or username, and the TeamTime password. Only active
// admins and managers get in. A wrong password, an unknown account and a PIN-only account all get the same sentence
// and take the same time (an unknown account is checked against a dummy hash), so the answer never tells whether
// an account exists. Runs Argon2 (tens of ms): call it on a worker thread.
namespace SignIn {

struct Result
{
    std::optional<SignedInUser> user;
    QString error; // one sentence when user is empty
};

Result authenticate(SqlSession &session, const QString &login, const QString &password);
// An admin to name where a sign-in is offered with known credentials (the demo's): the username of the earliest
// active admin who has a password; empty when there is none.
QString exampleAdmin(SqlSession &session);

} // namespace SignIn
