#pragma once

#include "core/tone.h"

#include <QString>

// What the Office Manager's prompt says about how it speaks, for each tone.
namespace ToneGuidance {
QString text(Tone tone);
} // namespace ToneGuidance
