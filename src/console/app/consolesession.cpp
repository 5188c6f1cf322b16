#include "app/consolesession.h"

#include "secrets/secretstore.h"
#include "services/enginesession.h"

ConsoleSession::ConsoleSession(ConnectionSettings settings, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(std::move(clock)),
      m_engine(std::make_unique<EngineSession>(m_settings, m_clock, 2))
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

QCoro::Task<QString> ConsoleSession::storedApiKey(Agent agent)
{
    if (!m_secrets)
        co_return QString();
    QCoro::Task<QString> reading =
        m_secrets->read(SecretStore::apiKeyKey(m_settings.endpoint(), m_settings.database, Agents::id(agent)));
    const QString key = co_await reading;
    co_return key;
}

QString ConsoleSession::requestedBy() const
{
    return m_user ? m_user->email : QString();
}
