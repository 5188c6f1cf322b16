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

inline double number(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return 0.0;
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

// A list in a context module's data (LlmRequest::context[module][key]); an empty array when there is none.
inline const nlohmann::json &moduleList(const nlohmann::json &context, const char *module, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    if (!context.is_object() || !context.contains(module) || !context[module].is_object())
        return empty;
    const nlohmann::json &value = context[module];
    const auto it = value.find(key);
    return it != value.end() && it->is_array() ? *it : empty;
}

} // namespace JsonUtil
