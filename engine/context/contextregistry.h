#pragma once

#include "context/contextprovider.h"

#include <QList>
#include <memory>

// Every context provider, in one place: adding a module to the engine is adding a class and a line in all()'s list
// (docs/extending.md). A module built outside the engine (a plugin, the worked example in tests/engine/extending)
// is registered with add() at start-up, before any run or page reads the registry.
namespace ContextRegistry {
const QList<std::shared_ptr<const ContextProvider>> &all();
// False (and nothing changes) when a provider with the same module id is already registered.
bool add(std::shared_ptr<const ContextProvider> provider);
QList<std::shared_ptr<const ContextProvider>> forAgent(Agent agent);
} // namespace ContextRegistry
