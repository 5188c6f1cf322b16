#include "auth/passwordhash.h"

#include <QRandomGenerator>
#include <argon2.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
// The settings TeamTime hashes with (@node-rs/argon2, Argon2id): a hash either side writes, the other verifies.
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;
constexpr uint32_t kParallelism = 1;
constexpr size_t kHashLength = 32;
constexpr size_t kSaltLength = 16;
} // namespace

bool PasswordHash::verify(const QString &phc, const QString &password)
{
    if (!phc.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray encoded = phc.toLatin1();
    const QByteArray secret = password.toUtf8();
    return argon2id_verify(encoded.constData(), secret.constData(), size_t(secret.size())) == ARGON2_OK;
}

QString PasswordHash::hash(const QString &password, const QByteArray &salt)
{
    QByteArray useSalt = salt;
    if (useSalt.isEmpty()) {
        useSalt.resize(kSaltLength);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(useSalt.data()), kSaltLength / 4);
    }
    const QByteArray secret = password.toUtf8();
    const size_t length =
        argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, uint32_t(useSalt.size()), kHashLength, Argon2_id);
    std::vector<char> encoded(length);
    const int status =
        argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, secret.constData(), size_t(secret.size()),
                              useSalt.constData(), size_t(useSalt.size()), kHashLength, encoded.data(), length);
    if (status != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.data());
}
