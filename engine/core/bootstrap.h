#pragma once

#include <QString>

// Start-up shared by the console, the CLI and the tests: application identity, message format and default log
// levels. Call right after constructing the Q(Core|Gui)Application.
namespace Bootstrap {
void initialize(const QString &applicationName, bool verbose = false);
}
