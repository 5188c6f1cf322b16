#pragma once

#include "tools/tool.h"

#include <QList>
#include <memory>

// Every tool, in one place: adding a tool to the engine is adding a class and a line in all()'s list
// (docs/extending.md). A tool built outside the engine (a plugin, the worked example in tests/engine/extending) is
// registered with add() at start-up, before any runner, executor or page reads the registry.
namespace ToolRegistry {
const QList<std::shared_ptr<const Tool>> &all();
// False (and nothing changes) when the agent already has a tool of that name.
bool add(std::shared_ptr<const Tool> tool);
} // namespace ToolRegistry
