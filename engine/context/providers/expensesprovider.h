#pragma once

#include "context/contextprovider.h"

// ATM cash not yet accounted for (priority 35, Office Manager): withdrawals still unassigned or partially assigned,
// how much of each is left to allocate to purchases and how many days it has been. Withdrawals of people who are no
// longer staff are left out: the agent must not remind them, and nobody else can allocate their cash.
// Data: now, unassignedWithdrawals[] {withdrawalId, userId, name, amount, allocated, amountLeft, withdrawnAt,
// daysUnassigned, status, notes?}: those unassigned for kReminderDays or more, which need attention (the plan's
// decision framework reminds the purchaser after three days); recentWithdrawals[]: the younger ones, background.
class ExpensesProvider final : public ContextProvider
{
public:
    static constexpr double kReminderDays = 3.0;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 35; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
