#include "prompts/agentpromptsettings.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

AgentPromptSettings AgentPromptSettings::load(SqlSession &session, Agent agent)
{
    AgentPromptSettings settings;
    // TeamTime's first AI release added a tone column; the plan's schema has none, so the console keeps it in
    // mentats_agent_settings there.
    const bool hasTone = session.hasColumn(u"ai_config"_s, u"tone"_s);
    const SqlRows config =
        session.select(u"SELECT coalesce(c.instructions, ''), c.cron_schedule, %1 FROM ai_config c "
                       "LEFT JOIN mentats_agent_settings m ON m.agent = c.agent::text WHERE c.agent::text = ?"_s.arg(
                           hasTone ? u"c.tone::text"_s : u"m.tone"_s),
                       {Agents::id(agent)});
    if (!config.isEmpty()) {
        settings.instructions = config.rows.front().at(0).toString();
        settings.cronSchedule = config.rows.front().at(1).toString();
        if (!config.rows.front().at(2).isNull())
            settings.tone = config.rows.front().at(2).toString();
    }
    const QVariant name = session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_name'"_s);
    if (!name.toString().isEmpty())
        settings.businessName = name.toString();
    const QVariant window =
        session.scalar(u"SELECT (value #>> '{}')::int FROM mentats_settings WHERE key = 'analysis_window_days'"_s);
    if (window.toInt() > 0)
        settings.analysisWindowDays = window.toInt();
    return settings;
}
