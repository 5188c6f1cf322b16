#include "tools/tooldefinitions.h"

using nlohmann::json;

json ToolDefinitions::toJson(const QList<LlmToolSpec> &tools)
{
    json all = json::array();
    for (const LlmToolSpec &tool : tools)
        all.push_back({{"name", tool.name.toStdString()},
                       {"description", tool.description.toStdString()},
                       {"inputSchema", tool.inputSchema}});
    return all;
}

QList<LlmToolSpec> ToolDefinitions::fromJson(const json &recorded)
{
    QList<LlmToolSpec> tools;
    if (!recorded.is_array())
        return tools;
    for (const json &entry : recorded) {
        if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string())
            continue;
        LlmToolSpec tool;
        tool.name = QString::fromStdString(entry["name"].get<std::string>());
        if (entry.contains("description") && entry["description"].is_string())
            tool.description = QString::fromStdString(entry["description"].get<std::string>());
        if (entry.contains("inputSchema") && entry["inputSchema"].is_object())
            tool.inputSchema = entry["inputSchema"];
        tools << tool;
    }
    return tools;
}
