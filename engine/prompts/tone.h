#pragma once

#include <QString>

// How the Office Manager speaks, for each of TeamTime's ai_tone values. An unknown value falls back to the plan's
// "helpful parent" and says so in the prompt-builder's log, never fails a run.
namespace Tone {
QString guidance(const QString &tone);
bool isKnown(const QString &tone);
} // namespace Tone
