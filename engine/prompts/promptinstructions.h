#pragma once

#include <QString>
#include <optional>

// The managers' custom instructions inside an agent's standing prompt: one section under a fixed heading, just
// before the response format. Both agents' prompts are built with section(); withInstructions() swaps that section
// in a recorded system prompt, so that a replay can try another instruction version while everything else (tone,
// policies, memories) stays exactly as the run had it. It knows nothing of either agent: the agent prompts use it.
namespace PromptInstructions {

// "\n## Additional instructions from the managers\n<text>", or empty when the text is blank.
QString section(const QString &instructions);

// `systemText` (a whole recorded system prompt) with its instructions replaced by `instructions` — the section added
// where there was none, removed when `instructions` is blank. `responseFormat` is the closing section of that agent's
// standing prompt (AgentPrompt::responseFormat). nullopt when the text does not have the layout this version of the
// prompt builds (no such response-format section to anchor on).
std::optional<QString> withInstructions(const QString &systemText, const QString &responseFormat,
                                        const QString &instructions);

} // namespace PromptInstructions
