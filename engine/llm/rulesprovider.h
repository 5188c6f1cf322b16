#pragma once

#include "llm/llmprovider.h"

// The offline provider ("rules (offline)"): no network, no key, no cost, deterministic. It reads the request's
// structured context and answers with real tool calls, through the same path a model's answer takes, following the
// Office Manager's decision framework (the rules its standing prompt lists: late, overdue, escalate, break, unassigned
// withdrawals, flag the unusual) and simple pattern finding for the Revenue
// Optimizer. It only calls tools the request offers. It is the default when no API key is configured, so the demo
// works offline.
//
// The context it reads (the context assembler's structured output; absent modules are simply skipped):
//   agent                                  "office_manager" | "revenue_optimizer"
//   attendance.expectedButMissing[]        {userId, name, minutesLate}
//   attendance.clockedIn[]                 {userId, name, hoursWorked, onBreak}
//   tasks.overdue[]                        {taskId, title, assigneeId, assigneeName, hoursOverdue}
//   expenses.unassignedWithdrawals[]       {withdrawalId, userId, name, amount, daysUnassigned}
//   attendance-history.latenessByWeekday[] {userId, name, weekday (1 = Monday), lateShifts, shifts}
// The tools it calls: send_direct_message {toUserId, message}; flag_for_manager {reason, relatedUserId?,
// relatedEntityType?, relatedEntityId?}; write_memory {scope, userId, memoryType, content, confidence}.
class RulesProvider final : public LlmProvider
{
public:
    static constexpr int kLateMinutes = 10;
    static constexpr double kReminderHours = 1.0;
    static constexpr double kEscalationHours = 3.0;
    static constexpr double kBreakHours = 6.0;
    static constexpr int kWithdrawalDays = 3;
    static constexpr int kPatternMinShifts = 3;
    static constexpr double kPatternMinShare = 0.5;

    QString id() const override;
    QString displayName() const override;
    QString priceProvider() const override { return {}; }

    QCoro::Task<LlmResponse> complete(LlmRequest request, LlmCancellation *cancellation = nullptr) override;

    // The decisions alone, without the coroutine: for tests and the dry-run inspector.
    LlmResponse decide(const LlmRequest &request) const;
};
