#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

// Test input files (CSV exports, mapping files) in a test's scratch directory.
namespace ScratchFile {
// Writes `content` to dir/name and returns the path; a file that cannot be written ends the test run.
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
} // namespace ScratchFile
