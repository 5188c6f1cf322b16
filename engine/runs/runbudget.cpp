#include "runs/runbudget.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// Cents, unless the amount is below a cent (a cheap model's day can be).
QString dollars(double amount)
{
    return u"$"_s + QString::number(amount, 'f', amount > 0 && amount < 0.01 ? 4 : 2);
}
} // namespace

QString RunBudget::Status::sentence() const
{
    if (!capUsd)
        return u"no daily budget; %1 spent today"_s.arg(dollars(spentUsd));
    return u"daily budget reached: %1 of %2 spent today"_s.arg(dollars(spentUsd), dollars(*capUsd));
}

std::optional<double> RunBudget::cap(SqlSession &session, Agent agent)
{
    const QVariant value = session.scalar(
        u"SELECT daily_budget_usd::float8 FROM mentats_agent_settings WHERE agent = ?"_s, {Agents::id(agent)});
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

RunBudget::Status RunBudget::today(SqlSession &session, Agent agent, const BusinessCalendar &calendar)
{
    Status status;
    status.capUsd = cap(session, agent);
    status.spentUsd = session
                          .scalar(u"SELECT coalesce(sum(cost_usd), 0)::float8 FROM mentats_runs WHERE agent = ? "
                                  "AND started_at >= ?::timestamptz"_s,
                                  {Agents::id(agent), SqlSession::timestamp(calendar.startOfDayUtc(calendar.today()))})
                          .toDouble();
    return status;
}

void RunBudget::setCap(SqlSession &session, Agent agent, std::optional<double> capUsd, const QString &by)
{
    session.exec(u"INSERT INTO mentats_agent_settings (agent, daily_budget_usd, updated_by) VALUES (?, ?::numeric, ?) "
                 "ON CONFLICT (agent) DO UPDATE SET daily_budget_usd = excluded.daily_budget_usd, "
                 "updated_by = excluded.updated_by, updated_at = now()"_s,
                 {Agents::id(agent), capUsd ? QVariant(*capUsd) : QVariant(), by});
}
