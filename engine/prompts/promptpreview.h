#pragma once

#include "business/contextrequest.h"
#include "context/assembledcontext.h"
#include "prompts/agentprompt.h"

#include <memory>

class Clock;
class SqlSession;

// What an agent would be given if it ran now — its context assembled within `tokenBudget` and the prompt built
// from it — without running anything: for the console's previews and dry-run inspector.
namespace PromptPreview {

struct Result
{
    ContextRequest request;
    AssembledContext context;
    AgentPrompt prompt;
};

Result now(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock, int tokenBudget);

struct NextRun
{
    QDateTime atUtc;  // the agent's next scheduled slot
    QString schedule; // ai_config.cron_schedule
    Result preview;   // as of atUtc, with the agent's own context budget
};

// What the agent would be given at its next scheduled run, from the database as it stands now: the slot from its
// schedule in the business's zone, the budget from ai_config. Throws DbError(Usage) when the schedule cannot be read
// or has no slot within five years.
NextRun nextScheduledRun(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock);

} // namespace PromptPreview
