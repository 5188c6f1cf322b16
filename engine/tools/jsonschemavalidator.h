#pragma once

#include <QStringList>
#include <nlohmann/json.hpp>

// Checks a tool call's arguments against the tool's JSON Schema before anything runs, and says what is wrong in
// sentences the model can act on in its next round ("toUserId must be the id of a person from the context, not
// \"Ana\"."). The subset tools use: type (object, string, integer, number, boolean, array), properties, required,
// additionalProperties: false, enum, minLength / maxLength, minimum / maximum, items, minItems / maxItems, and
// format "uuid" / "date-time".
namespace JsonSchemaValidator {
QStringList validate(const nlohmann::json &schema, const nlohmann::json &value);
}
