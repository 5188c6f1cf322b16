#include "tools/toolsettings.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

ToolSettings ToolSettings::defaults(const Tool &tool)
{
    return {true, tool.requiresApproval(), tool.cooldown(), tool.rateLimitPerHour()};
}

ToolSettings ToolSettings::read(SqlSession &session, const Tool &tool)
{
    ToolSettings settings = defaults(tool);
    if (!session.scalar(u"SELECT to_regclass('ai_tool_config') IS NOT NULL"_s).toBool())
        return settings;
    const SqlRows rows =
        session.select(u"SELECT is_enabled, requires_confirmation, cooldown_per_user_minutes, cooldown_global_minutes, "
                       "rate_limit_max_per_hour FROM ai_tool_config WHERE agent = ? AND tool_name = ?"_s,
                       {Agents::id(tool.agent()), tool.name()});
    if (rows.isEmpty())
        return settings;
    const QVariantList &row = rows.rows.front();
    settings.enabled = row.at(0).isNull() || row.at(0).toBool();
    settings.requiresApproval = row.at(1).toBool() || tool.requiresApproval(); // a manager can add, never remove
    if (!row.at(2).isNull())
        settings.cooldown.perUserMinutes = row.at(2).toInt();
    if (!row.at(3).isNull())
        settings.cooldown.globalMinutes = row.at(3).toInt();
    if (!row.at(4).isNull())
        settings.rateLimitPerHour = row.at(4).toInt();
    return settings;
}
