#pragma once

#include "tools/tool.h"

#include <optional>

class SqlSession;

// The controls in force for one tool: its definition's defaults, overridden by the managers' row in TeamTime's
// ai_tool_config (agent, tool_name) where that table exists. The executor reads them for every call, so an edit in
// the console takes effect on the next call. Precedence, column by column:
//  - is_enabled: the row's value (no row: enabled);
//  - requires_confirmation: the row's value OR the tool's own requirement — a manager can add the requirement,
//    never remove it (TeamTime's NULL reads as "the tool's default");
//  - cooldown_per_user_minutes, cooldown_global_minutes, rate_limit_max_per_hour: the row's value when not NULL,
//    else the tool's default. A cooldown of 0 means none.
struct ToolSettings
{
    bool enabled = true;
    bool requiresApproval = false;
    Tool::Cooldown cooldown;
    std::optional<int> rateLimitPerHour;

    bool operator==(const ToolSettings &other) const
    {
        return enabled == other.enabled && requiresApproval == other.requiresApproval &&
               cooldown.perUserMinutes == other.cooldown.perUserMinutes &&
               cooldown.globalMinutes == other.cooldown.globalMinutes && rateLimitPerHour == other.rateLimitPerHour;
    }

    static ToolSettings defaults(const Tool &tool);
    // The defaults with the ai_tool_config row applied (the defaults when there is no table or no row).
    static ToolSettings read(SqlSession &session, const Tool &tool);
};
