#pragma once

#include "config/agentsettings.h"
#include "context/assembledcontext.h"
#include "context/contextprovider.h"
#include "context/providersettings.h"
#include "tools/toolsettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>

class Clock;
class SqlSession;

// What managers tune per agent in the console's Tools & Context page: each tool's controls (TeamTime's
// ai_tool_config) and each context provider's settings (TeamTime's ai_context_config), with the defaults from the
// tool and provider definitions, what became of each tool's calls over the last days, and a preview of the context
// the agent would get now. The engine reads the same rows on its next tool call and next assembly. Every save is
// written with an audit_logs row per changed row (who, before, after), in one transaction with the change. Rows
// TeamTime wrote for tools or providers this engine does not know are counted and never touched.
namespace ToolControlStore {

constexpr int kRecentDays = 7;
constexpr int kMaxCooldownMinutes = 7 * 24 * 60; // a week
constexpr int kMaxRatePerHour = 1000;
constexpr int kMaxNoteLength = 1000;

// What became of a tool's calls in the last kRecentDays days, by the action log's status.
struct Outcomes
{
    int executed = 0;
    int awaitingApproval = 0;
    int dryRun = 0;
    int invalid = 0;
    int failed = 0;
    QMap<QString, int> blockedBy; // "kill switch", "tool disabled", "cooldown", "rate limit", "other"

    int blocked() const;
    int total() const { return executed + awaitingApproval + dryRun + invalid + failed + blocked(); }
};

struct ToolControl
{
    QString name;
    QString description;
    ToolSettings defaults; // the tool definition's
    ToolSettings settings; // in force now, or as a manager edits it
    bool stored = false;   // an ai_tool_config row exists
    QString storedVersion; // its updated_at as loaded: a save refuses to overwrite a row changed since
    Outcomes recent;

    bool isDefault() const { return settings == defaults; }
};

struct ProviderControl
{
    QString moduleId;
    QString moduleName;
    QString description;
    int defaultPriority = 50; // the provider definition's
    ProviderSettings settings;
    bool stored = false;
    QString storedVersion;

    int priority() const { return settings.priorityOverride.value_or(defaultPriority); }
    bool isDefault() const { return settings.isDefault(); }
};

struct Controls
{
    Agent agent = Agent::OfficeManager;
    QList<ToolControl> tools;         // the agent's tools, as registered
    QList<ProviderControl> providers; // the agent's providers, by their default priority
    int unknownToolRows = 0;          // ai_tool_config rows for tools this engine does not know (kept as they are)
    int unknownProviderRows = 0;
    bool tablesExist = false; // false before migration 0017 on a TeamTime without them: nothing can be saved
};

// The agent's tools and providers from the registries, with the stored settings and the outcomes of the
// kRecentDays days before `now` (the caller's clock, which also stamps the action log).
Controls load(SqlSession &session, Agent agent, const QDateTime &now);
Controls load(SqlSession &session, Agent agent, const QDateTime &now, const QList<std::shared_ptr<const Tool>> &tools,
              const QList<std::shared_ptr<const ContextProvider>> &providers);

// Field by field ("enabled", "requiresApproval", "cooldownPerUser", "cooldownGlobal", "rateLimit"; "priority",
// "alwaysInclude"); empty when the row can be saved.
QList<FieldProblem> validate(const ToolControl &tool);
QList<FieldProblem> validate(const ProviderControl &provider);

// Saves these rows (the changed ones) in one transaction, each with its audit_logs row. A row back at its defaults
// removes the stored override, so the definition's defaults apply again. Throws DbError(Usage) with the first
// problem of a row, when the tables do not exist, or when someone changed a row since it was loaded.
void save(SqlSession &session, Agent agent, const QList<ToolControl> &tools, const QList<ProviderControl> &providers,
          const QString &managerUserId);

// The context the agent would be given now with these provider settings (saved or not), within its token budget.
AssembledContext preview(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock,
                         const QHash<QString, ProviderSettings> &settings);

} // namespace ToolControlStore
