#pragma once

#include "tools/tool.h"

#include <QList>

#include <memory>

// Every tool, in one place.
namespace ToolRegistry {
const QList<std::shared_ptr<const Tool>> &all();
}
