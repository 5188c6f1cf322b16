#pragma once

#include "context/contextprovider.h"

// The schedule ahead (priority 15, Office Manager): shifts still to start today, tomorrow's shifts, and gaps, all by
// business dates (the business zone's midnight, not UTC's). Only active staff's shifts count, for listing and for
// cover. A gap is deliberately simple: a location whose store_hours say it is open for part of the rest of today
// (from now, or from opening if later, until closing) and where no shift overlaps any part of that window. A close
// time at or before the open time means closing after midnight. Unreadable open/close times are skipped, not guessed.
// Data: now, dates {today, tomorrow}, remainingToday[] and tomorrow[] {shiftId, userId, name, start, end,
// locationId?, location, notes?}, gaps[] {locationId, location, opensAt, closesAt, uncoveredFrom}.
class ScheduleProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 15; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
