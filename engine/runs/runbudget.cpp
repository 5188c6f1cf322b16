#include "runs/runbudget.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

QString RunBudget::settingKey(Agent agent)
{
    return u"daily_budget_usd_"_s + Agents::id(agent);
}

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

RunBudget::Status RunBudget::today(SqlSession &session, Agent agent, const BusinessCalendar &calendar)
{
    Status status;
    const QVariant cap = session.scalar(
        u"SELECT (value #>> '{}')::float8 FROM mentats_settings WHERE key = ? AND jsonb_typeof(value) = 'number'"_s,
        {settingKey(agent)});
    if (!cap.isNull())
        status.capUsd = cap.toDouble();
    status.spentUsd = session
                          .scalar(u"SELECT coalesce(sum(cost_usd), 0)::float8 FROM mentats_runs WHERE agent = ? "
                                  "AND started_at >= ?::timestamptz"_s,
                                  {Agents::id(agent), SqlSession::timestamp(calendar.startOfDayUtc(calendar.today()))})
                          .toDouble();
    return status;
}

void RunBudget::setCap(SqlSession &session, Agent agent, std::optional<double> capUsd, const QString &by)
{
    if (!capUsd) {
        session.exec(u"DELETE FROM mentats_settings WHERE key = ?"_s, {settingKey(agent)});
        return;
    }
    session.exec(u"INSERT INTO mentats_settings (key, value, updated_by) VALUES (?, to_jsonb(?::float8), ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, "
                 "updated_at = now()"_s,
                 {settingKey(agent), *capUsd, by});
}
