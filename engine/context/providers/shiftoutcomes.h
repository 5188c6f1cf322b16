#pragma once

#include "business/contextrequest.h"

#include <QDate>
#include <QString>
#include <QVariantList>

class SqlSession;

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

    // The same outcomes counted per person, location and business day of [from, to]: columns user_id, location_id,
    // day, shifts, late, absences. Days the attendance roll-up has settled (MetricsRollup) are read from it; the
    // others (today, and any day not rolled up since its shifts ended) are worked out from the shifts as select()
    // does, so the figures are the same either way and a year costs a read of the roll-up. `condition` may use
    // sh.user_id and sh.location_id only: it narrows the roll-up's rows (aliased sh) too, and its parameters are
    // bound once for each.
    static ShiftOutcomes counts(SqlSession &session, const ContextRequest &request, QDate from, QDate to,
                                const QString &condition = QStringLiteral("true"), const QVariantList &params = {});
};
