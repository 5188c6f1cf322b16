#pragma once

#include "context/contextprovider.h"

#include <QList>

#include <memory>

// Every context provider, in one place: adding a module is adding a class and a line here.
namespace ContextRegistry {
const QList<std::shared_ptr<const ContextProvider>> &all();
QList<std::shared_ptr<const ContextProvider>> forAgent(Agent agent);
} // namespace ContextRegistry
