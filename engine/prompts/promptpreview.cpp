#include "prompts/promptpreview.h"

#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "context/contextrequestloader.h"
#include "prompts/agentpromptsettings.h"

PromptPreview::Result PromptPreview::now(SqlSession &session, Agent agent, const std::shared_ptr<const Clock> &clock,
                                         int tokenBudget)
{
    Result result;
    result.request = ContextRequestLoader::load(session, agent, clock);
    result.context = ContextAssembler(ContextRegistry::forAgent(agent)).assemble(session, result.request, tokenBudget);
    result.prompt =
        AgentPrompt::build(agent, AgentPromptSettings::load(session, agent), result.context, result.request.calendar);
    return result;
}
