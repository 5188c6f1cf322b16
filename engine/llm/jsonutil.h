#pragma once

#include <QString>
#include <nlohmann/json.hpp>

// Lenient reads from provider JSON: a missing or mistyped field gives an empty value, never an exception.
namespace JsonUtil {

inline QString string(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

inline qint64 integer(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

} // namespace JsonUtil
