#pragma once

#include "context/contextprovider.h"

// Purchase requests waiting for a decision (priority 30, Office Manager): who asked (requesterId, name), for what, at
// what price, and how long they have waited. Only requests from people who are still staff: a former employee's
// request is a manager's bookkeeping, and the agent must not chase anyone about it.
// Data: now, pending[] {purchaseId, requesterId, name, description, proposedPrice, sellerInfo?, taskId?, createdAt,
// hoursWaiting}.
class PurchasesProvider final : public ContextProvider
{
public:
    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 30; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
