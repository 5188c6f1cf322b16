#pragma once

#include "prompts/agentpromptsettings.h"

#include <QString>

// The Office Manager's standing instructions: role, personality, operating hours, what it can and
// cannot do, the decision framework, tool rules and the response format. Identical from run to run for the same
// settings, so it can be cached.
namespace OfficeManagerPrompt {
QString base(const AgentPromptSettings &settings);
// The closing section of base(), the same whatever the settings.
QString responseFormat();
// "7 AM to 7 PM" from a cron hour field such as "7-19", or empty when the schedule says nothing simple.
QString operatingHours(const QString &cronSchedule);
} // namespace OfficeManagerPrompt
