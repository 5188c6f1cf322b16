#pragma once

#include "context/contextprovider.h"

// Tasks that need someone now (priority 25, Office Manager): overdue (open and past due, for up to kBacklogDays),
// due within the next two hours, open with nobody to do them; as background, the backlog (overdue for longer) and
// those completed in the last two hours. "Open" means TeamTime's not_started or in_progress: completed, cancelled
// and any status this code does not know are never overdue. An assignee who is no longer staff (inactive, the AI
// user, a vendor) is never named, and their task counts as unassigned.
// Data: now, overdue[] {taskId, title, assigneeId?, assigneeName?, priority, status, dueAt, hoursOverdue,
// locationId?}, dueSoon[], unassigned[], backlog[], recentlyCompleted[] {taskId, title, userId?, name?, completedAt}.
class TasksProvider final : public ContextProvider
{
public:
    static constexpr int kDueSoonMinutes = 120;
    static constexpr int kRecentMinutes = 120;
    // Recurring tasks nobody closes pile up in real data: past this, an overdue task is backlog (counted by the
    // assembler when the budget is short, never nudged about).
    static constexpr int kBacklogDays = 7;
    static constexpr int kMaxTextChars = 160;

    QString moduleId() const override;
    QString moduleName() const override;
    QString description() const override;
    int priority() const override { return 25; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }

    nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const override;
    QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const override;
    QMap<QString, int> attention(const nlohmann::json &data) const override;
    QList<ContextList> lists() const override;
};
