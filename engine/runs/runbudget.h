#pragma once

#include "core/agent.h"
#include "core/businesscalendar.h"

#include <QString>
#include <optional>

class SqlSession;

// An agent's daily spending cap (mentats_agent_settings.daily_budget_usd; none by default):
// the cost of every run it made since midnight in the business time zone, against the cap. A run that would start
// with the budget spent is skipped without calling the model.
namespace RunBudget {

struct Status
{
    std::optional<double> capUsd; // unset: no cap
    double spentUsd = 0;          // today's runs, in the business day
    bool exhausted() const { return capUsd && spentUsd >= *capUsd; }
    QString sentence() const; // "daily budget reached: $1.02 of $1.00 spent today"
};

// The cap alone (no cap: nullopt).
std::optional<double> cap(SqlSession &session, Agent agent);
Status today(SqlSession &session, Agent agent, const BusinessCalendar &calendar);
void setCap(SqlSession &session, Agent agent, std::optional<double> capUsd, const QString &by);

} // namespace RunBudget
