#pragma once

#include "business/contextrequest.h"

#include <QString>
#include <QVariantList>

// Every shift of a period with how it went, as a SQL subquery for the Metrics page to add up: columns user_id,
// location_id, day (the business date of the start), late and absent (booleans), by ShiftAttendance's rule. Only
// shifts that have started count; a shift is an absence once it has ended with nobody clocked in. People who have
// left still count (it is history); the AI user and vendors never do.
struct ShiftOutcomes
{
    QString sql;
    QVariantList params;

    // `period`: [from, to) as bound timestamptz parameters. `condition` narrows the shifts (aliased sh), with its
    // own parameters appended.
    static ShiftOutcomes select(const ContextRequest &request, const QVariantList &period,
                                const QString &condition = QStringLiteral("true"), const QVariantList &params = {});
};
