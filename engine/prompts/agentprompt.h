#pragma once

#include "context/assembledcontext.h"
#include "core/businesscalendar.h"
#include "llm/llmtypes.h"
#include "prompts/agentpromptsettings.h"

// The full prompt for one run, ordered for prompt caching: first the standing instructions (identical from run to
// run for the same settings), then the policies and memories (they change at most nightly), both cacheable; then,
// in the user turn, the current date and time in the business zone and the state of the business now.
struct AgentPrompt
{
    QList<LlmSystemBlock> system;
    QString userMessage;

    // One call's prompt; for a split run, the shared system prompt with every call's message (what the run record
    // and the dry-run inspector show).
    static AgentPrompt build(Agent agent, const AgentPromptSettings &settings, const AssembledContext &context,
                             const BusinessCalendar &calendar);
    // One prompt per model call (AssembledContext::calls()).
    static QList<AgentPrompt> forCalls(Agent agent, const AgentPromptSettings &settings,
                                       const AssembledContext &context, const BusinessCalendar &calendar);
    // The closing section of the agent's standing instructions, the same whatever the settings.
    static QString responseFormat(Agent agent);
    QString systemText() const; // the system blocks joined, for the run record and the dry-run inspector
};
