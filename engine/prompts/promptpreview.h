#pragma once

#include "context/assembledcontext.h"
#include "context/contextrequest.h"
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

} // namespace PromptPreview
