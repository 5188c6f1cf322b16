#pragma once

#include <QString>

// Results go to standard output, diagnostics to standard error, each as whole lines.
namespace Output {
void line(const QString &text = {});
void error(const QString &sentence); // "mentats: <sentence>" on standard error
void progress(const QString &step);  // a step of a long command, on standard error, followed by "..."
void note(const QString &sentence);  // a whole sentence about what is going on, on standard error, as it is
} // namespace Output
