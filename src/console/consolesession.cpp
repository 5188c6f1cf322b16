#include "consolesession.h"

#include "db/database.h"

ConsoleSession::ConsoleSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(std::move(clock)),
      m_db(std::make_unique<Database>(m_settings, 2))
{}

ConsoleSession::~ConsoleSession() = default;

void ConsoleSession::setUser(const SignedInUser &user)
{
    m_user = user;
    Q_EMIT userChanged();
}

void ConsoleSession::signOut()
{
    m_user.reset();
    Q_EMIT userChanged();
}
