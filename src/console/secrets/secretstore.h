#pragma once

#include "core/engineerror.h"

#include <QCoroTask>
#include <QString>

// Where the console keeps secrets (database passwords, API keys): the OS keychain in the app (KeychainSecretStore,
// through qtkeychain), a memory store in tests. Never the database, never a settings file, never a log.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Empty when nothing is stored under `key`. Throws SecretStoreError when the keychain cannot be reached.
    virtual QCoro::Task<QString> read(QString key) = 0;
    virtual QCoro::Task<void> write(QString key, QString secret) = 0;
    virtual QCoro::Task<void> remove(QString key) = 0;

    // Keys, scoped to one database so that two businesses' secrets never mix.
    static QString passwordKey(const QString &endpoint, const QString &database, const QString &user);
    static QString apiKeyKey(const QString &endpoint, const QString &database, const QString &agentId);
};

// The keychain could not be read or written: message() says which, with the keychain's own words.
class SecretStoreError : public EngineError
{
public:
    explicit SecretStoreError(QString message, QString detail = {})
        : EngineError(EngineError::Kind::Secrets, std::move(message), std::move(detail))
    {}
};
