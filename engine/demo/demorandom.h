#pragma once

#include <QString>
#include <cstddef>
#include <random>
#include <vector>

// The demo generator's only source of randomness: a std::mt19937_64 seeded from the demo seed and a stream number,
// so that each family of tables draws from its own stream and adding rows to one family never reshuffles another.
// Everything here is computed from the raw 64-bit engine output (no std:: distributions, whose results differ
// between standard libraries), so a seed gives the same business on every machine.
class DemoRandom
{
public:
    DemoRandom(quint64 seed, quint64 stream);

    quint64 next() { return m_engine(); }
    // A whole number in [low, high], both included.
    int between(int low, int high);
    // A real number in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // An amount in [low, high] rounded to a multiple of step (prices, hourly rates).
    double amount(double low, double high, double step);

    template <typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[std::size_t(between(0, int(items.size()) - 1))];
    }

    // A version 4 UUID in its canonical text form, made from the engine so that ids repeat with the seed.
    QString uuid();
    // An Argon2id PHC string shaped like the ones TeamTime stores (@node-rs/argon2, m=19456, t=2, p=1) whose salt
    // and hash are random bytes: it verifies no password, which is all the demo needs.
    QString argon2idHash();

private:
    std::mt19937_64 m_engine;
};
