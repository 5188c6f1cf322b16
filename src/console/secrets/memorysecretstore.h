#pragma once

#include "secrets/secretstore.h"

#include <QHash>

// Secrets in memory: for tests, and for a session where the OS keychain is unavailable (nothing is persisted).
class MemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<QString> read(QString key) override;
    QCoro::Task<void> write(QString key, QString secret) override;
    QCoro::Task<void> remove(QString key) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};
