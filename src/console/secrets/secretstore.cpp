#include "secrets/secretstore.h"

using namespace Qt::Literals::StringLiterals;

QString SecretStore::passwordKey(const QString &endpoint, const QString &database, const QString &user)
{
    return u"db-password/%1/%2/%3"_s.arg(endpoint, database, user);
}

QString SecretStore::apiKeyKey(const QString &endpoint, const QString &database, const QString &agentId)
{
    return u"api-key/%1/%2/%3"_s.arg(endpoint, database, agentId);
}
