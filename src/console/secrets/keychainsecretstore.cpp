#include "secrets/keychainsecretstore.h"

#include <QCoroSignal>
#include <QCoroTimer>
#include <chrono>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Runs a keychain job once, and once more after a short pause when the service was not reachable.
template <typename MakeJob>
QCoro::Task<QKeychain::Job *> runJob(MakeJob make)
{
    for (int attempt = 0;; ++attempt) {
        QKeychain::Job *job = make();
        job->setAutoDelete(false);
        job->start();
        auto finished = qCoro(job, &QKeychain::Job::finished);
        co_await finished;
        if (job->error() == QKeychain::NoBackendAvailable && attempt == 0) {
            job->deleteLater();
            QCoro::Task<> pause = QCoro::sleepFor(std::chrono::seconds(2)); // GCC 12: await a named local
            co_await pause;
            continue;
        }
        co_return job;
    }
}

} // namespace

QCoro::Task<QString> KeychainSecretStore::read(QString key)
{
    QCoro::Task<QKeychain::Job *> running = runJob([&key] {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        return job;
    });
    QKeychain::Job *job = co_await running;
    const auto error = job->error();
    const QString message = job->errorString();
    const QString secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    job->deleteLater();
    if (error == QKeychain::EntryNotFound)
        co_return QString();
    if (error != QKeychain::NoError)
        throw SecretStoreError{QObject::tr("The keychain could not be read: %1").arg(message)};
    co_return secret;
}

QCoro::Task<void> KeychainSecretStore::write(QString key, QString secret)
{
    QCoro::Task<QKeychain::Job *> running = runJob([&key, &secret] {
        auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        job->setTextData(secret);
        return job;
    });
    QKeychain::Job *job = co_await running;
    const auto error = job->error();
    const QString message = job->errorString();
    job->deleteLater();
    if (error != QKeychain::NoError)
        throw SecretStoreError{QObject::tr("The keychain did not store the secret: %1").arg(message)};
}

QCoro::Task<void> KeychainSecretStore::remove(QString key)
{
    QCoro::Task<QKeychain::Job *> running = runJob([&key] {
        auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        return job;
    });
    QKeychain::Job *job = co_await running;
    const auto error = job->error();
    const QString message = job->errorString();
    job->deleteLater();
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        throw SecretStoreError{QObject::tr("The keychain did not remove the secret: %1").arg(message)};
}
