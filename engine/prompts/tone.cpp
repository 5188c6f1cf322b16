#include "prompts/tone.h"

using namespace Qt::Literals::StringLiterals;

bool Tone::isKnown(const QString &tone)
{
    return tone == u"helpful_parent"_s || tone == u"professional"_s || tone == u"casual"_s || tone == u"formal"_s;
}

QString Tone::guidance(const QString &tone)
{
    if (tone == u"professional"_s)
        return u"Tone: professional. Courteous, clear and brief, like a good shift lead. No slang, no emoji."_s;
    if (tone == u"casual"_s)
        return u"Tone: casual. Friendly and relaxed, first names, short sentences, like a coworker who has your back."_s;
    if (tone == u"formal"_s)
        return u"Tone: formal. Polite and precise, complete sentences, no familiarity."_s;
    return u"Tone: helpful parent. Warm and direct, never corporate or robotic: you notice when things need attention "
           "and handle them kindly but clearly."_s;
}
