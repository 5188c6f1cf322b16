#pragma once

#include "context/contextmodule.h"
#include "core/agent.h"

#include <QDateTime>
#include <QList>

// What an agent will see on one run, and what was left out and why: the run record keeps all of it.
struct AssembledContext
{
    struct Omission
    {
        QString moduleId;
        QString reason; // "over the token budget (needs 900, 400 left)", kNothingToReport, or the provider's error
        int tokenEstimate = 0;
        bool failed = false;
    };

    // Why a module that is switched on is left out when it has nothing to say: no data for it in this database or
    // this window (no POS sales imported, no auctions), or a TeamTime version without its tables.
    static inline const QString kNothingToReport = QStringLiteral("nothing to report (no data for it here)");

    Agent agent = Agent::OfficeManager;
    QDateTime assembledAt;
    int tokenBudget = 0;
    QList<ContextModule> modules; // included, in priority order
    QList<Omission> omitted;

    int totalTokens() const;
    int attentionTotal() const;
    const ContextModule *module(const QString &moduleId) const;
    // {"agent": "...", "<moduleId>": data, ...}: what the rules provider and the dry-run inspector read.
    nlohmann::json structured() const;
    // For ai_actions.context_snapshot: the plan's counts (clockedIn, expectedButMissing, overdueTasks,
    // pendingApprovals, unassignedWithdrawals, activeMemories, activePolicies) where known, plus per-module
    // attention and what was omitted.
    nlohmann::json summary() const;
    QString prompt() const;
};
