#include "core/tone.h"

using namespace Qt::Literals::StringLiterals;

QString Tones::toText(Tone tone)
{
    switch (tone) {
    case Tone::HelpfulParent:
        return u"helpful_parent"_s;
    case Tone::Professional:
        return u"professional"_s;
    case Tone::Casual:
        return u"casual"_s;
    case Tone::Formal:
        return u"formal"_s;
    }
    return {};
}

std::optional<Tone> Tones::fromText(const QString &text)
{
    for (const Tone tone : all()) {
        if (toText(tone) == text)
            return tone;
    }
    return std::nullopt;
}

const QList<Tone> &Tones::all()
{
    static const QList<Tone> tones = {Tone::HelpfulParent, Tone::Professional, Tone::Casual, Tone::Formal};
    return tones;
}
