#pragma once

#include "core/agent.h"
#include "core/tone.h"

#include <QString>

class SqlSession;

// What a manager configures that shapes an agent's prompt: read from the agent's settings (AgentSettingsStore) and
// mentats_settings (the business's name). A tone this engine does not know falls back to the plan's helpful parent,
// with a warning in the log, and never fails a run.
struct AgentPromptSettings
{
    QString businessName = QStringLiteral("the business");
    Tone tone = Tone::HelpfulParent;
    QString instructions; // ai_config.instructions
    QString cronSchedule = QStringLiteral("*/15 7-19 * * *");
    int analysisWindowDays = 28;

    static AgentPromptSettings load(SqlSession &session, Agent agent);
};
