#pragma once

#include "secrets/secretstore.h"

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through qtkeychain,
// without blocking: each job is awaited. When the secret service is not up yet (just after login), one retry.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto kService = "mentats-console";

    QCoro::Task<QString> read(QString key) override;
    QCoro::Task<void> write(QString key, QString secret) override;
    QCoro::Task<void> remove(QString key) override;
};
