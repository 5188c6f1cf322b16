#include "prompts/toneguidance.h"

using namespace Qt::Literals::StringLiterals;

QString ToneGuidance::text(Tone tone)
{
    switch (tone) {
    case Tone::Professional:
        return u"Tone: professional. Courteous, clear and brief, like a good shift lead. No slang, no emoji."_s;
    case Tone::Casual:
        return u"Tone: casual. Friendly and relaxed, first names, short sentences, like a coworker who has your back."_s;
    case Tone::Formal:
        return u"Tone: formal. Polite and precise, complete sentences, no familiarity."_s;
    case Tone::HelpfulParent:
        break;
    }
    return u"Tone: helpful parent. Warm and direct, never corporate or robotic: you notice when things need attention "
           "and handle them kindly but clearly."_s;
}
