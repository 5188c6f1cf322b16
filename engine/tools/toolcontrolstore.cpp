#include "tools/toolcontrolstore.h"

#include "actions/actionlog.h"
#include "auth/auditlog.h"
#include "config/agentsettingsstore.h"
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "tools/toolregistry.h"

#include <QObject>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

bool tablesExist(SqlSession &session)
{
    return session
        .scalar(u"SELECT to_regclass('ai_tool_config') IS NOT NULL AND to_regclass('ai_context_config') IS NOT NULL"_s)
        .toBool();
}

// The control that stopped a blocked call, from the executor's reason ("Not done: cooldown: ...").
const QString kBlockedBy = u"CASE WHEN a.blocked_reason LIKE '%kill switch:%' THEN 'kill switch' "
                           "WHEN a.blocked_reason LIKE '%tool disabled:%' THEN 'tool disabled' "
                           "WHEN a.blocked_reason LIKE '%cooldown:%' THEN 'cooldown' "
                           "WHEN a.blocked_reason LIKE '%rate limit:%' THEN 'rate limit' ELSE 'other' END"_s;

void addOutcome(ToolControlStore::Outcomes &o, const QString &status, const QString &blockedBy, int count)
{
    if (status == u"executed"_s)
        o.executed += count;
    else if (status == u"awaiting_approval"_s)
        o.awaitingApproval += count;
    else if (status == u"dry_run"_s)
        o.dryRun += count;
    else if (status == u"invalid"_s)
        o.invalid += count;
    else if (status == u"failed"_s)
        o.failed += count;
    else if (status == u"blocked"_s)
        o.blockedBy[blockedBy] += count;
}

// The stored row as it is, for the audit log (null when there is none), locked until the transaction ends.
struct StoredRow
{
    QString id;
    QString version; // updated_at as text
    json data;
};

std::optional<StoredRow> lockedRow(SqlSession &session, const QString &table, const QString &keyColumn, Agent agent,
                                   const QString &key)
{
    const SqlRows rows = session.select(u"SELECT id::text, updated_at::text, to_jsonb(t)::text FROM %1 t "
                                        "WHERE agent = ? AND %2 = ? FOR UPDATE"_s.arg(table, keyColumn),
                                        {Agents::id(agent), key});
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantList &row = rows.rows.front();
    return StoredRow{row.at(0).toString(), row.at(1).toString(), json::parse(row.at(2).toString().toStdString())};
}

void refuseIfChanged(const std::optional<StoredRow> &now, bool stored, const QString &version, const QString &what)
{
    if (now.has_value() != stored || (now && now->version != version))
        throw DbError(DbError::Kind::Usage,
                      QObject::tr("Someone changed the settings of %1 since you opened them: Revert to see theirs, "
                                  "then make your change again. Nothing was saved.")
                          .arg(what));
}

// Writes one row (update or insert, then audit) or removes it when `reset`; `assignments` are "column = ?" pairs.
void writeRow(SqlSession &session, const QString &table, const QString &keyColumn, Agent agent, const QString &key,
              const std::optional<StoredRow> &before, bool reset, const QStringList &columns,
              const QVariantList &values, const QString &managerUserId)
{
    if (reset) {
        if (!before)
            return;
        session.exec(u"DELETE FROM %1 WHERE id = ?::uuid"_s.arg(table), {before->id});
        AuditLog::record(session, managerUserId, table + u".reset"_s, table, before->id, before->data, nullptr);
        return;
    }
    QString id;
    if (before) {
        QStringList assignments;
        for (const QString &column : columns)
            assignments << column + u" = ?"_s;
        session.exec(u"UPDATE %1 SET %2, updated_at = now() WHERE id = ?::uuid"_s.arg(table, assignments.join(u", "_s)),
                     QVariantList(values) << before->id);
        id = before->id;
    } else {
        QStringList marks(columns.size(), u"?"_s);
        id = session
                 .scalar(u"INSERT INTO %1 (agent, %2, %3) VALUES (?, ?, %4) RETURNING id::text"_s.arg(
                             table, keyColumn, columns.join(u", "_s), marks.join(u", "_s)),
                         QVariantList{Agents::id(agent), key} + values)
                 .toString();
    }
    const json after =
        json::parse(session.scalar(u"SELECT to_jsonb(t)::text FROM %1 t WHERE id = ?::uuid"_s.arg(table), {id})
                        .toString()
                        .toStdString());
    AuditLog::record(session, managerUserId, table + (before ? u".update"_s : u".create"_s), table, id,
                     before ? before->data : json(nullptr), after);
}

QVariant intOrNull(int value, int fallback)
{
    return value == fallback ? QVariant() : QVariant(value);
}

} // namespace

int ToolControlStore::Outcomes::blocked() const
{
    int total = 0;
    for (const int count : blockedBy)
        total += count;
    return total;
}

ToolControlStore::Controls ToolControlStore::load(SqlSession &session, Agent agent, const QDateTime &now)
{
    return load(session, agent, now, ToolRegistry::all(), ContextRegistry::forAgent(agent));
}

ToolControlStore::Controls ToolControlStore::load(SqlSession &session, Agent agent, const QDateTime &now,
                                                  const QList<std::shared_ptr<const Tool>> &tools,
                                                  const QList<std::shared_ptr<const ContextProvider>> &providers)
{
    Controls controls;
    controls.agent = agent;
    controls.tablesExist = tablesExist(session);
    const QString agentId = Agents::id(agent);

    QHash<QString, QString> toolVersions; // tool name -> updated_at of its row
    QHash<QString, QString> providerVersions;
    if (controls.tablesExist) {
        for (const QVariantList &row :
             session.select(u"SELECT tool_name, updated_at::text FROM ai_tool_config WHERE agent = ?"_s, {agentId})
                 .rows)
            toolVersions.insert(row.at(0).toString(), row.at(1).toString());
        for (const QVariantList &row :
             session.select(u"SELECT provider_id, updated_at::text FROM ai_context_config WHERE agent = ?"_s, {agentId})
                 .rows)
            providerVersions.insert(row.at(0).toString(), row.at(1).toString());
    }

    QHash<QString, Outcomes> outcomes;
    const SqlRows counted = session.select(
        u"SELECT a.tool_name, %1, %2, count(*) FROM ai_actions a WHERE a.agent::text = ? AND a.tool_name IS NOT NULL "
        "AND a.created_at > ?::timestamptz GROUP BY 1, 2, 3"_s.arg(ActionLog::statusSql(), kBlockedBy),
        {agentId, SqlSession::timestamp(now.addDays(-kRecentDays))});
    for (const QVariantList &row : counted.rows)
        addOutcome(outcomes[row.at(0).toString()], row.at(1).toString(), row.at(2).toString(), row.at(3).toInt());

    for (const auto &tool : tools) {
        if (tool->agent() != agent)
            continue;
        ToolControl control;
        control.name = tool->name();
        control.description = tool->description();
        control.defaults = ToolSettings::defaults(*tool);
        control.settings = ToolSettings::read(session, *tool);
        control.stored = toolVersions.contains(control.name);
        control.storedVersion = toolVersions.take(control.name);
        control.recent = outcomes.value(control.name);
        controls.tools << control;
    }
    controls.unknownToolRows = int(toolVersions.size());

    const QHash<QString, ProviderSettings> stored = ProviderSettings::readAll(session, agent);
    for (const auto &provider : providers) {
        if (!provider->servesAgent(agent))
            continue;
        ProviderControl control;
        control.moduleId = provider->moduleId();
        control.moduleName = provider->moduleName();
        control.description = provider->description();
        control.defaultPriority = provider->priority();
        control.settings = stored.value(control.moduleId);
        control.stored = providerVersions.contains(control.moduleId);
        control.storedVersion = providerVersions.take(control.moduleId);
        controls.providers << control;
    }
    std::ranges::stable_sort(controls.providers, {}, &ProviderControl::defaultPriority);
    controls.unknownProviderRows = int(providerVersions.size());
    return controls;
}

QList<FieldProblem> ToolControlStore::validate(const ToolControl &tool)
{
    QList<FieldProblem> problems;
    if (tool.defaults.requiresApproval && !tool.settings.requiresApproval)
        problems << FieldProblem{
            u"requiresApproval"_s,
            QObject::tr("%1 always waits for a manager's approval; that cannot be switched off.").arg(tool.name)};
    const auto minutes = [&problems](const QString &field, int value, const QString &what) {
        if (value < 0 || value > kMaxCooldownMinutes)
            problems << FieldProblem{
                field,
                QObject::tr("The %1 is between 0 (none) and %2 minutes (a week).").arg(what).arg(kMaxCooldownMinutes)};
    };
    minutes(u"cooldownPerUser"_s, tool.settings.cooldown.perUserMinutes, QObject::tr("cooldown per person"));
    minutes(u"cooldownGlobal"_s, tool.settings.cooldown.globalMinutes, QObject::tr("global cooldown"));
    if (tool.settings.rateLimitPerHour &&
        (*tool.settings.rateLimitPerHour < 1 || *tool.settings.rateLimitPerHour > kMaxRatePerHour))
        problems << FieldProblem{u"rateLimit"_s,
                                 QObject::tr("The rate limit is between 1 and %1 calls an hour; leave it empty for "
                                             "the tool's default.")
                                     .arg(kMaxRatePerHour)};
    return problems;
}

QList<FieldProblem> ToolControlStore::validate(const ProviderControl &provider)
{
    QList<FieldProblem> problems;
    if (provider.settings.priorityOverride &&
        (*provider.settings.priorityOverride < 1 || *provider.settings.priorityOverride > 100))
        problems << FieldProblem{u"priority"_s,
                                 QObject::tr("The priority is between 1 (first) and 100 (last); leave it empty for "
                                             "the module's own (%1).")
                                     .arg(provider.defaultPriority)};
    if (provider.settings.alwaysInclude.size() > kMaxNoteLength)
        problems << FieldProblem{
            u"alwaysInclude"_s,
            QObject::tr("Keep the note under %1 characters: it goes into every prompt.").arg(kMaxNoteLength)};
    return problems;
}

void ToolControlStore::save(SqlSession &session, Agent agent, const QList<ToolControl> &tools,
                            const QList<ProviderControl> &providers, const QString &managerUserId)
{
    for (const ToolControl &tool : tools) {
        if (const QList<FieldProblem> problems = validate(tool); !problems.isEmpty())
            throw DbError(DbError::Kind::Usage, u"%1: %2"_s.arg(tool.name, problems.front().message));
    }
    for (const ProviderControl &provider : providers) {
        if (const QList<FieldProblem> problems = validate(provider); !problems.isEmpty())
            throw DbError(DbError::Kind::Usage, u"%1: %2"_s.arg(provider.moduleName, problems.front().message));
    }
    if (!tablesExist(session))
        throw DbError(DbError::Kind::Schema,
                      QObject::tr("This database has no ai_tool_config or ai_context_config yet: apply the pending "
                                  "migrations (mentats migrate), then save again."));
    session.transaction([&] {
        for (const ToolControl &tool : tools) {
            const auto before = lockedRow(session, u"ai_tool_config"_s, u"tool_name"_s, agent, tool.name);
            refuseIfChanged(before, tool.stored, tool.storedVersion, tool.name);
            const ToolSettings &s = tool.settings;
            const ToolSettings &d = tool.defaults;
            QVariant rate;
            if (s.rateLimitPerHour != d.rateLimitPerHour)
                rate = s.rateLimitPerHour ? QVariant(*s.rateLimitPerHour) : QVariant();
            writeRow(session, u"ai_tool_config"_s, u"tool_name"_s, agent, tool.name, before, tool.isDefault(),
                     {u"is_enabled"_s, u"requires_confirmation"_s, u"cooldown_per_user_minutes"_s,
                      u"cooldown_global_minutes"_s, u"rate_limit_max_per_hour"_s},
                     {s.enabled, s.requiresApproval, intOrNull(s.cooldown.perUserMinutes, d.cooldown.perUserMinutes),
                      intOrNull(s.cooldown.globalMinutes, d.cooldown.globalMinutes), rate},
                     managerUserId);
        }
        for (const ProviderControl &provider : providers) {
            const auto before = lockedRow(session, u"ai_context_config"_s, u"provider_id"_s, agent, provider.moduleId);
            refuseIfChanged(before, provider.stored, provider.storedVersion, provider.moduleName);
            const ProviderSettings &s = provider.settings;
            const QString note = s.alwaysInclude.trimmed();
            writeRow(session, u"ai_context_config"_s, u"provider_id"_s, agent, provider.moduleId, before,
                     provider.isDefault(), {u"is_enabled"_s, u"priority_override"_s, u"custom_context"_s},
                     {s.enabled, s.priorityOverride ? QVariant(*s.priorityOverride) : QVariant(),
                      note.isEmpty() ? QVariant() : QVariant(note)},
                     managerUserId);
        }
    });
}

AssembledContext ToolControlStore::preview(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock,
                                           const QHash<QString, ProviderSettings> &settings)
{
    const ContextRequest request = ContextRequestLoader::load(session, agent, clock);
    const std::optional<AgentSettings> config = AgentSettingsStore::find(session, agent);
    ContextAssembler assembler(ContextRegistry::forAgent(agent));
    assembler.setProviderSettings(settings);
    return assembler.assemble(session, request, config ? config->maxContextTokens : 4000);
}
