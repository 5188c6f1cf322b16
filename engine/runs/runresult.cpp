#include "runs/runresult.h"

#include "llm/llmprovider.h"
#include "llm/pricetable.h"
#include "runs/modelconversation.h"
#include "runs/runcontrol.h"

void RunResult::conclude(const ModelConversation::Outcome &talked, const QString &requestedBy,
                         const LlmProvider &answeredBy)
{
    usage = talked.usage;
    actionsLogged = talked.actionsLogged;
    executed = talked.executed;
    blocked = talked.blocked;
    awaitingApproval = talked.awaitingApproval;
    invalid = talked.invalid;
    cancelled = talked.cancelled;
    if (talked.cancelled || !talked.failure.isEmpty()) {
        status = RunStatus::Failed;
        reason = talked.cancelled ? RunControl::cancelledReason(requestedBy) : talked.failure;
        return;
    }
    status = RunStatus::Completed;
    const QString priceProvider = answeredBy.priceProvider();
    cost = priceProvider.isEmpty() ? std::optional<Cost>(Cost{}) : PriceTable::load().cost(priceProvider, model, usage);
}
