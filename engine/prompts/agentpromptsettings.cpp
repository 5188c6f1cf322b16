#include "prompts/agentpromptsettings.h"

#include "config/agentsettingsstore.h"
#include "core/logging.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

AgentPromptSettings AgentPromptSettings::load(SqlSession &session, Agent agent)
{
    AgentPromptSettings settings;
    if (const std::optional<AgentSettings> config = AgentSettingsStore::find(session, agent)) {
        settings.instructions = config->instructions;
        settings.cronSchedule = config->cronSchedule;
        const std::optional<Tone> tone = Tones::fromText(config->tone);
        if (!tone)
            qCWarning(lcContext).noquote() << "The" << Agents::displayName(agent) << "has the tone" << config->tone
                                           << "which Mentats does not know; it speaks as a helpful parent.";
        settings.tone = tone.value_or(Tone::HelpfulParent);
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
