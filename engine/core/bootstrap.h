#pragma once

#include <QString>

// Start-up shared by the console, the CLI and the tests: application identity, message format and default log
// levels. Call right after constructing the Q(Core|Gui)Application.
namespace Bootstrap {
void initialize(const QString &applicationName, bool verbose = false);

// True when standard error is the systemd journal's stream (JOURNAL_STREAM names its device and inode): messages
// then go without a time stamp (the journal keeps one) and with a <priority> prefix the journal files them under.
bool logsToJournal(int fd = 2);
} // namespace Bootstrap
