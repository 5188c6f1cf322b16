#include "config/agentsettingsstore.h"

#include "auth/auditlog.h"
#include "core/cronexpression.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// TeamTime's ai_provider enum has only these; others are kept in mentats_agent_settings alone.
bool teamTimeKnows(std::optional<ProviderKind> kind)
{
    return kind == ProviderKind::Anthropic || kind == ProviderKind::OpenAi;
}

} // namespace

std::optional<AgentSettings> AgentSettingsStore::find(SqlSession &session, Agent agent)
{
    // TeamTime's first AI release added a tone column; the plan's schema has none, so the console keeps it in
    // mentats_agent_settings there. Read through the row's JSON, the same query serves both.
    const SqlRows rows = session.select(
        u"SELECT c.enabled, c.dry_run_mode, coalesce(m.provider, c.provider::text), c.model, coalesce(m.base_url, ''), "
        "coalesce(to_jsonb(c) ->> 'tone', m.tone), c.temperature::float8, c.cron_schedule, c.max_tokens_context, "
        "m.daily_budget_usd::float8, coalesce(c.instructions, ''), coalesce(m.use_batch, false) FROM ai_config c "
        "LEFT JOIN mentats_agent_settings m ON m.agent = c.agent::text WHERE c.agent::text = ?"_s,
        {Agents::id(agent)});
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantList &r = rows.rows.front();
    AgentSettings s;
    s.agent = agent;
    s.enabled = r.at(0).toBool();
    s.dryRun = r.at(1).toBool();
    s.provider = r.at(2).toString();
    s.model = r.at(3).toString();
    s.baseUrl = r.at(4).toString();
    if (!r.at(5).isNull())
        s.tone = r.at(5).toString();
    if (!r.at(6).isNull())
        s.temperature = r.at(6).toDouble();
    s.cronSchedule = r.at(7).toString();
    s.maxContextTokens = r.at(8).toInt();
    if (!r.at(9).isNull())
        s.dailyBudgetUsd = r.at(9).toDouble();
    s.instructions = r.at(10).toString();
    s.useBatch = r.at(11).toBool();
    return s;
}

AgentSettings AgentSettingsStore::load(SqlSession &session, Agent agent)
{
    std::optional<AgentSettings> settings = find(session, agent);
    if (!settings)
        throw DbError(DbError::Kind::Schema, QObject::tr("The %1 has no configuration yet: apply the migrations first.")
                                                 .arg(Agents::displayName(agent)));
    return std::move(*settings);
}

QList<FieldProblem> AgentSettingsStore::validate(const AgentSettings &s)
{
    QList<FieldProblem> problems;
    if (!AgentSettings::providers().contains(s.provider))
        problems << FieldProblem{u"provider"_s,
                                 QObject::tr("Choose a provider: %1.").arg(AgentSettings::providers().join(u", "_s))};
    if (s.model.trimmed().isEmpty() && s.providerKind() != ProviderKind::Rules)
        problems << FieldProblem{u"model"_s, QObject::tr("Name the model, e.g. claude-haiku-4-5 or gpt-4.1-mini.")};
    if (!s.baseUrl.isEmpty()) {
        const QUrl url(s.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            problems << FieldProblem{
                u"baseUrl"_s,
                QObject::tr("The base URL must be an http or https address, e.g. http://localhost:11434/v1.")};
    }
    if (s.providerKind() == ProviderKind::OpenAiCompatible && s.baseUrl.isEmpty())
        problems << FieldProblem{u"baseUrl"_s, QObject::tr("An OpenAI-compatible server needs its base URL.")};
    if (!AgentSettings::tones().contains(s.tone))
        problems << FieldProblem{u"tone"_s,
                                 QObject::tr("Choose a tone: %1.").arg(AgentSettings::tones().join(u", "_s))};
    if (s.temperature && (*s.temperature < 0 || *s.temperature > 1))
        problems << FieldProblem{u"temperature"_s, QObject::tr("The temperature is between 0 and 1.")};
    QString cronError;
    if (!CronExpression::parse(s.cronSchedule, &cronError))
        problems << FieldProblem{u"cronSchedule"_s, cronError};
    if (s.maxContextTokens < AgentSettings::kMinContextTokens || s.maxContextTokens > AgentSettings::kMaxContextTokens)
        problems << FieldProblem{u"maxContextTokens"_s, QObject::tr("The context budget is between %1 and %2 tokens.")
                                                            .arg(AgentSettings::kMinContextTokens)
                                                            .arg(AgentSettings::kMaxContextTokens)};
    if (s.dailyBudgetUsd && *s.dailyBudgetUsd < 0)
        problems << FieldProblem{u"dailyBudgetUsd"_s,
                                 QObject::tr("The daily budget cannot be negative; leave it empty for none.")};
    if (s.useBatch && !AgentSettings::batchApplies(s.agent))
        problems << FieldProblem{u"useBatch"_s, QObject::tr("Only the Revenue Optimizer's nightly run can go through "
                                                            "Message Batches.")};
    else if (s.useBatch && s.providerKind() != ProviderKind::Anthropic)
        problems << FieldProblem{u"useBatch"_s, QObject::tr("Message Batches are Anthropic's: choose the anthropic "
                                                            "provider, or switch batches off.")};
    return problems;
}

void AgentSettingsStore::save(SqlSession &session, const AgentSettings &s, const QString &managerUserId)
{
    if (const QList<FieldProblem> problems = validate(s); !problems.isEmpty())
        throw DbError(DbError::Kind::Usage, problems.front().message);
    session.transaction([&] {
        const QString agent = Agents::id(s.agent);
        session.exec(u"SELECT 1 FROM ai_config WHERE agent::text = ? FOR UPDATE"_s, {agent});
        const AgentSettings before = load(session, s.agent);
        const bool tone = session.hasColumn(u"ai_config"_s, u"tone"_s);
        // TeamTime's tone enum is ai_tone; write it there when the column exists, else ours.
        session.exec(
            u"UPDATE ai_config SET enabled = ?, dry_run_mode = ?, model = coalesce(nullif(?, ''), model), "
            "temperature = coalesce(?::numeric, temperature), "
            "cron_schedule = ?, max_tokens_context = ?, updated_at = now()%1%2 WHERE agent::text = ?"_s.arg(
                teamTimeKnows(s.providerKind()) ? u", provider = '%1'::ai_provider"_s.arg(s.provider) : QString(),
                tone ? u", tone = '%1'::ai_tone"_s.arg(s.tone) : QString()),
            {s.enabled, s.dryRun, s.model.trimmed(), s.temperature ? QVariant(*s.temperature) : QVariant(),
             s.cronSchedule.trimmed(), s.maxContextTokens, agent});
        session.exec(
            u"INSERT INTO mentats_agent_settings (agent, provider, base_url, tone, daily_budget_usd, use_batch, "
            "updated_by) VALUES (?, ?, ?, ?, ?::numeric, ?, ?) ON CONFLICT (agent) DO UPDATE SET "
            "provider = excluded.provider, base_url = excluded.base_url, tone = excluded.tone, "
            "daily_budget_usd = excluded.daily_budget_usd, use_batch = excluded.use_batch, "
            "updated_by = excluded.updated_by, updated_at = now()"_s,
            {agent, s.provider, s.baseUrl.isEmpty() ? QVariant() : QVariant(s.baseUrl.trimmed()), s.tone,
             s.dailyBudgetUsd ? QVariant(*s.dailyBudgetUsd) : QVariant(), s.useBatch, managerUserId});
        AuditLog::record(session, managerUserId, u"ai_config.update"_s, u"ai_config"_s, agent, before.toJson(),
                         load(session, s.agent).toJson());
    });
}

bool AgentSettingsStore::enabled(SqlSession &session, Agent agent)
{
    return session
        .scalar(u"SELECT coalesce((SELECT enabled FROM ai_config WHERE agent::text = ?), false)"_s, {Agents::id(agent)})
        .toBool();
}

std::optional<QString> AgentSettingsStore::lockInstructions(SqlSession &session, Agent agent)
{
    const QVariant current = session.scalar(
        u"SELECT coalesce(instructions, '') FROM ai_config WHERE agent::text = ? FOR UPDATE"_s, {Agents::id(agent)});
    return current.isNull() ? std::nullopt : std::optional<QString>(current.toString());
}

void AgentSettingsStore::writeInstructions(SqlSession &session, Agent agent, const QString &text)
{
    session.exec(u"UPDATE ai_config SET instructions = ?, updated_at = now() WHERE agent::text = ?"_s,
                 {text.isEmpty() ? QVariant() : QVariant(text), Agents::id(agent)});
}
