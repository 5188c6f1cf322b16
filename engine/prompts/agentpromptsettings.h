#pragma once

#include "core/agent.h"

#include <QString>

class SqlSession;

// What a manager configures that shapes an agent's prompt: read from ai_config (TeamTime's tone column where it
// has one) and mentats_settings (the business's name).
struct AgentPromptSettings
{
    QString businessName = QStringLiteral("the business");
    QString tone = QStringLiteral("helpful_parent"); // helpful_parent, professional, casual, formal
    QString instructions;                            // ai_config.instructions
    QString cronSchedule = QStringLiteral("*/15 7-19 * * *");
    int analysisWindowDays = 28;

    static AgentPromptSettings load(SqlSession &session, Agent agent);
};
