#pragma once

#include "auth/signin.h"

#include <QCoroTask>

class Database;

// Signing in to the console, on a worker: Argon2 takes tens of milliseconds, and the window keeps painting.
class SignInService final
{
public:
    explicit SignInService(Database &db);

    // The admin's or manager's account, or the one sentence why not (the same for every wrong login). Throws DbError
    // when the database cannot be asked.
    QCoro::Task<SignIn::Result> authenticate(QString login, QString password);
    // An admin to name in the demo's sign-in hint; empty when there is none. Throws DbError.
    QCoro::Task<QString> exampleAdmin();

private:
    Database &m_db;
};
