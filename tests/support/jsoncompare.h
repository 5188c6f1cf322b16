#pragma once

#include <QFloat16>
#include <QTest>
#include <nlohmann/json.hpp>

// qfloat16 must be complete: QCOMPARE considers its overloads and json converts to almost anything.
// Lets QCOMPARE print nlohmann::json values (as compact JSON) when a comparison fails.
namespace QTest {
template <>
inline char *toString<nlohmann::json>(const nlohmann::json &value)
{
    return qstrdup(value.dump().c_str());
}
} // namespace QTest
