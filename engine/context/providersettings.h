#pragma once

#include "core/agent.h"

#include <QHash>
#include <QString>
#include <optional>

class SqlSession;

// A manager's settings for one context provider of one agent, from TeamTime's ai_context_config (agent,
// provider_id, is_enabled, priority_override, custom_context) where that table exists. The assembler reads them on
// every assembly, so an edit in the console shows in the next prompt:
//  - is_enabled false: the module is left out ("switched off by a manager");
//  - priority_override: the module's place in the order (1-100, lower first) instead of the provider's own;
//  - custom_context: "always include" — a manager's note appended to the module's text whenever it is included.
// Rows for providers this engine does not know (TeamTime's own, say) are read and ignored.
struct ProviderSettings
{
    bool enabled = true;
    std::optional<int> priorityOverride;
    QString alwaysInclude;

    bool isDefault() const { return enabled && !priorityOverride && alwaysInclude.trimmed().isEmpty(); }
    bool operator==(const ProviderSettings &) const = default;

    // The agent's rows, by provider id; empty when the table does not exist.
    static QHash<QString, ProviderSettings> readAll(SqlSession &session, Agent agent);
};
