#include "services/signinservice.h"

#include "db/database.h"

SignInService::SignInService(Database &db) : m_db(db) {}

QCoro::Task<SignIn::Result> SignInService::authenticate(QString login, QString password)
{
    QFuture<SignIn::Result> checking =
        m_db.run([login = std::move(login), password = std::move(password)](SqlSession &s) {
            return SignIn::authenticate(s, login, password);
        });
    co_return co_await checking;
}

QCoro::Task<QString> SignInService::exampleAdmin()
{
    QFuture<QString> finding = m_db.run([](SqlSession &s) { return SignIn::exampleAdmin(s); });
    co_return co_await finding;
}
