#pragma once

#include "business/contextrequest.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <nlohmann/json.hpp>

class SqlSession;

// The Revenue Optimizer's look-back: the request's analysisWindowDays whole business days before today, in the
// business's time zone, as UTC instants for SQL. Today is left out because it is not over yet: a shift that has
// not happened is not an absence and a task due tonight is not late.
struct AnalysisWindow
{
    int days = 0;
    QDate firstDay;
    QDate lastDay;
    QDateTime fromUtc; // the start of firstDay
    QDateTime toUtc;   // the start of today (exclusive)

    static AnalysisWindow of(const ContextRequest &request);
    nlohmann::json toJson() const; // {"days", "firstDay", "lastDay"}, business dates
    QString describe() const;      // "28 days, 2026-10-27 to 2026-11-23"
    // A subquery (columns user_id, location_id) naming each person's location in the window: where they worked most
    // shifts, by the attendance roll-up (mentats_attendance_daily); no rows where the console has not migrated yet.
    QString homeLocationsSql(SqlSession &session) const;
};
