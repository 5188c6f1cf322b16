#include "statuspalette.h"

using namespace Qt::Literals::StringLiterals;

QColor StatusPalette::color(const QString &status)
{
    // Okabe–Ito.
    if (status == u"executed"_s)
        return QColor(0x00, 0x9E, 0x73);
    if (status == u"dry_run"_s)
        return QColor(0x56, 0xB4, 0xE9);
    if (status == u"blocked"_s)
        return QColor(0xE6, 0x9F, 0x00);
    if (status == u"awaiting_approval"_s)
        return QColor(0xCC, 0x79, 0xA7);
    if (status == u"invalid"_s)
        return QColor(0xF0, 0xE4, 0x42);
    if (status == u"failed"_s)
        return QColor(0xD5, 0x5E, 0x00);
    return QColor(0x99, 0x99, 0x99);
}

QColor StatusPalette::agentColor(int agentIndex)
{
    return agentIndex == 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
}
