#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

// Money spent on model calls, held exactly as an integer number of femtodollars (1e-15 USD).
//
// Why femtodollars: prices are quoted in USD per million tokens with a few decimals ($0.075/M). A price with up to
// nine decimals is an integer number of nanodollars per million tokens, which is the same number as femtodollars
// per token, so tokens × price is an integer and a month of calls sums to exactly what the provider bills. Nothing
// is rounded until display(): TeamTime's first release rounded every call to a cent and reported $0 for a month of
// small calls.
//
// Why 128 bits: a signed 64-bit count of femtodollars ends at about $9,223, which a busy year can pass. 128 bits
// reach about 1.7e23 dollars, and tokens (64-bit) × price (capped well below 64 bits) can never overflow one term.
struct Cost
{
    __extension__ typedef __int128 Femtodollars; // __extension__: -Wpedantic knows __int128 is a GCC/Clang type

    constexpr Cost() = default;

    static Cost fromFemtodollars(qint64 femtodollars);
    // `tokens` at a price in nanodollars per million tokens (= femtodollars per token). Exact.
    static Cost ofTokens(qint64 tokens, qint64 nanodollarsPerMillionTokens);
    // Exact parse of a plain decimal number of dollars: "12", "0.000075", "-1.5". At most 15 decimals (one
    // femtodollar); no exponent, no "+", no thousands separators, no spaces. For reading back exactDollars() (a
    // NUMERIC column, a price file). std::nullopt when the text is not such a number.
    static std::optional<Cost> fromDollars(QStringView text);

    Femtodollars femtodollars() const { return m_femtodollars; }
    // The femtodollar count when it fits 64 bits (any total below about $9,223), for APIs that want a qint64.
    std::optional<qint64> femtodollars64() const;

    // Approximations for charts and budgets; use femtodollars() or exactDollars() to add or store.
    double dollars() const;
    double cents() const;

    // Exact dollars as a decimal string without trailing zeros: "0.000000075", "12.5", "0". Fits a PostgreSQL
    // NUMERIC(38, 15) and round-trips through fromDollars().
    QString exactDollars() const;

    // For a manager's eyes. Dollars always, rounded half away from zero:
    //   - $1 and more: cents with thousands separators, "$1,234.57";
    //   - below $1: three significant digits, at least two decimals, trailing zeros past the cents dropped:
    //     "$0.50", "$0.0123", "$0.000075" — a sub-cent call never shows as "$0.00";
    //   - exactly nothing: "$0.00".
    // The rounding is for reading only; totals are summed from the exact value.
    QString display() const;

    bool isZero() const { return m_femtodollars == 0; }
    // `percent` of this cost (a batch discount), rounded down to the femtodollar.
    Cost percent(int percent) const { return Cost(m_femtodollars * percent / 100); }

    Cost operator+(const Cost &other) const { return Cost(m_femtodollars + other.m_femtodollars); }
    Cost &operator+=(const Cost &other)
    {
        m_femtodollars += other.m_femtodollars;
        return *this;
    }
    friend bool operator==(const Cost &, const Cost &) = default;
    friend std::strong_ordering operator<=>(const Cost &a, const Cost &b)
    {
        return a.m_femtodollars <=> b.m_femtodollars;
    }

private:
    constexpr explicit Cost(Femtodollars femtodollars) : m_femtodollars(femtodollars) {}

    Femtodollars m_femtodollars = 0;
};
