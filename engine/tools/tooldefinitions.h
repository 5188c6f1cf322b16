#pragma once

#include "llm/llmtypes.h"

#include <QList>

// Tool definitions as a run records them (mentats_runs.tools: [{name, description, inputSchema}]), so that a run can
// be inspected and replayed with exactly the tools it offered, even after the tools change.
namespace ToolDefinitions {

nlohmann::json toJson(const QList<LlmToolSpec> &tools);
// Entries without a name are skipped; anything that is not an array gives no tools.
QList<LlmToolSpec> fromJson(const nlohmann::json &recorded);

} // namespace ToolDefinitions
