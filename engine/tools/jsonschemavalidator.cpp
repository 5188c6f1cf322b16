#include "tools/jsonschemavalidator.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QString show(const json &value)
{
    std::string text = value.dump();
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return QString::fromStdString(text);
}

QString where(const QString &path)
{
    return path.isEmpty() ? u"the arguments"_s : path;
}

bool isType(const json &value, const std::string &type)
{
    if (type == "object")
        return value.is_object();
    if (type == "string")
        return value.is_string();
    if (type == "integer")
        return value.is_number_integer() ||
               (value.is_number_float() && value.get<double>() == double(qint64(value.get<double>())));
    if (type == "number")
        return value.is_number();
    if (type == "boolean")
        return value.is_boolean();
    if (type == "array")
        return value.is_array();
    if (type == "null")
        return value.is_null();
    return true; // a type we do not check is not the model's fault
}

void check(const json &schema, const json &value, const QString &path, QStringList &problems)
{
    if (!schema.is_object())
        return;
    if (schema.contains("type") && schema["type"].is_string()) {
        const std::string type = schema["type"].get<std::string>();
        if (!isType(value, type)) {
            problems << u"%1 must be %2 %3, not %4."_s.arg(
                where(path), QString::fromLatin1(type == "integer" || type == "array" || type == "object" ? "an" : "a"),
                QString::fromStdString(type), show(value));
            return;
        }
    }
    if (schema.contains("enum") && schema["enum"].is_array()) {
        bool found = false;
        for (const json &allowed : schema["enum"])
            found = found || allowed == value;
        if (!found) {
            QStringList options;
            for (const json &allowed : schema["enum"])
                options << show(allowed);
            problems << u"%1 must be one of %2, not %3."_s.arg(where(path), options.join(u", "_s), show(value));
            return;
        }
    }
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (schema.contains("minLength") && text.size() < schema["minLength"].get<qsizetype>())
            problems
                << u"%1 must be at least %2 characters long."_s.arg(where(path)).arg(schema["minLength"].get<qint64>());
        if (schema.contains("maxLength") && text.size() > schema["maxLength"].get<qsizetype>())
            problems << u"%1 must be at most %2 characters long (it has %3)."_s.arg(where(path))
                            .arg(schema["maxLength"].get<qint64>())
                            .arg(text.size());
        const std::string format = schema.value("format", "");
        static const QRegularExpression uuid(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
        if (format == "uuid" && !uuid.match(text).hasMatch())
            problems << u"%1 must be an id copied from the context (like 1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed), not "
                        "%2: use the id in square brackets, never a name, \"null\" or \"all\"."_s.arg(where(path),
                                                                                                      show(value));
        if (format == "date-time" && !QDateTime::fromString(text, Qt::ISODate).isValid())
            problems << u"%1 must be a date and time like 2026-11-24T17:00:00-08:00, not %2."_s.arg(where(path),
                                                                                                    show(value));
        if (format == "date" && !QDate::fromString(text, Qt::ISODate).isValid())
            problems << u"%1 must be a date like 2026-11-24, not %2."_s.arg(where(path), show(value));
    }
    if (value.is_number()) {
        const double number = value.get<double>();
        if (schema.contains("minimum") && number < schema["minimum"].get<double>())
            problems << u"%1 must be at least %2, not %3."_s.arg(where(path), show(schema["minimum"]), show(value));
        if (schema.contains("maximum") && number > schema["maximum"].get<double>())
            problems << u"%1 must be at most %2, not %3."_s.arg(where(path), show(schema["maximum"]), show(value));
    }
    if (value.is_array()) {
        if (schema.contains("minItems") && value.size() < schema["minItems"].get<size_t>())
            problems << u"%1 needs at least %2 items."_s.arg(where(path)).arg(schema["minItems"].get<qint64>());
        if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<size_t>())
            problems << u"%1 takes at most %2 items."_s.arg(where(path)).arg(schema["maxItems"].get<qint64>());
        if (schema.contains("items")) {
            for (size_t i = 0; i < value.size(); ++i)
                check(schema["items"], value[i], u"%1[%2]"_s.arg(where(path)).arg(i), problems);
        }
    }
    if (value.is_object()) {
        const json properties = schema.value("properties", json::object());
        for (const json &name : schema.value("required", json::array())) {
            if (name.is_string() &&
                (!value.contains(name.get<std::string>()) || value[name.get<std::string>()].is_null()))
                problems << u"%1 is required."_s.arg(
                    path.isEmpty() ? QString::fromStdString(name.get<std::string>())
                                   : path + u'.' + QString::fromStdString(name.get<std::string>()));
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child =
                path.isEmpty() ? QString::fromStdString(it.key()) : path + u'.' + QString::fromStdString(it.key());
            if (!properties.contains(it.key())) {
                if (schema.value("additionalProperties", true) == false)
                    problems << u"%1 is not a parameter of this tool."_s.arg(child);
            } else if (!it.value().is_null()) { // null is "not given": required ones were reported above
                check(properties[it.key()], it.value(), child, problems);
            }
        }
    }
}

} // namespace

QStringList JsonSchemaValidator::validate(const json &schema, const json &value)
{
    QStringList problems;
    check(schema, value, {}, problems);
    return problems;
}
