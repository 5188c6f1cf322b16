#pragma once

#include "prompts/agentpromptsettings.h"

#include <QString>

// The Revenue Optimizer's standing instructions: analytical and long-term, working from history, and
// steering the Office Manager only through memories and policy notes.
namespace RevenueOptimizerPrompt {
QString base(const AgentPromptSettings &settings);
// The closing section of base(), the same whatever the settings.
QString responseFormat();
} // namespace RevenueOptimizerPrompt
