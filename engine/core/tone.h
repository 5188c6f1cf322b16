#pragma once

#include <QList>
#include <QString>
#include <optional>

// How the Office Manager speaks: TeamTime's ai_tone values. Text only where it is stored or shown (Tones).
enum class Tone
{
    HelpfulParent, // the plan's default
    Professional,
    Casual,
    Formal
};

namespace Tones {
QString toText(Tone tone); // "helpful_parent", as stored in ai_tone
std::optional<Tone> fromText(const QString &text);
const QList<Tone> &all();
} // namespace Tones
