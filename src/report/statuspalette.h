#pragma once

#include <QColor>
#include <QString>

// One colour per action outcome, the same in the console's charts and the PDF report, chosen to stay apart for
// the common colour-vision deficiencies (outcomes are always labelled too, never told by colour alone).
namespace StatusPalette {
QColor color(const QString &status);
QColor agentColor(int agentIndex);
} // namespace StatusPalette
