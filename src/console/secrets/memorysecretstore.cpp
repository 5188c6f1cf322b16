#include "secrets/memorysecretstore.h"

QCoro::Task<QString> MemorySecretStore::read(QString key)
{
    co_return m_secrets.value(key);
}

QCoro::Task<void> MemorySecretStore::write(QString key, QString secret)
{
    m_secrets.insert(key, secret);
    co_return;
}

QCoro::Task<void> MemorySecretStore::remove(QString key)
{
    m_secrets.remove(key);
    co_return;
}
