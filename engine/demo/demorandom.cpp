#include "demo/demorandom.h"

#include <QByteArray>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray randomBytes(DemoRandom &random, int count)
{
    QByteArray bytes(count, '\0');
    for (int i = 0; i < count; ++i)
        bytes[i] = char(random.next() & 0xff);
    return bytes;
}

QString unpaddedBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    // seed_seq's mixing is specified by the standard, unlike most of <random>, so it is safe to rely on.
    std::seed_seq sequence{quint32(seed), quint32(seed >> 32), quint32(stream), quint32(stream >> 32)};
    m_engine.seed(sequence);
}

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    // The modulo bias over a 64-bit draw is far below anything a demo could show.
    const quint64 span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(m_engine() % span));
}

double DemoRandom::unit()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

double DemoRandom::amount(double low, double high, double step)
{
    const int steps = int((high - low) / step + 0.5);
    return low + step * between(0, steps);
}

QString DemoRandom::uuid()
{
    static constexpr char kHex[] = "0123456789abcdef";
    quint64 high = m_engine();
    quint64 low = m_engine();
    high = (high & ~quint64(0xf000)) | quint64(0x4000);         // version 4
    low = (low & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    std::array<char, 36> text{};
    int position = 0;
    const auto put = [&](quint64 word, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) {
            if (position == 8 || position == 13 || position == 18 || position == 23)
                text[std::size_t(position++)] = '-';
            text[std::size_t(position++)] = kHex[(word >> shift) & 0xf];
        }
    };
    put(high, 16);
    put(low, 16);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString DemoRandom::argon2idHash()
{
    const QByteArray salt = randomBytes(*this, 16); // 22 base64 characters
    const QByteArray hash = randomBytes(*this, 32); // 43 base64 characters
    return u"$argon2id$v=19$m=19456,t=2,p=1$"_s + unpaddedBase64(salt) + u'$' + unpaddedBase64(hash);
}
