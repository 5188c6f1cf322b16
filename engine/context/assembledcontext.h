#pragma once

#include "context/contextmodule.h"
#include "core/agent.h"

#include <QDateTime>
#include <QList>

// One model call's share of a run that had to be split: the attention items of some locations (or some of one
// location's items), with the modules every part shares (policies, memories).
struct ContextPart
{
    QString label;           // "Store A, Store B", "no location", "Store C (items 1-40 of 95)"
    QStringList locationIds; // "" stands for items with no location
    QList<ContextModule> modules;

    int totalTokens() const;
    int attentionTotal() const;
};

// What an agent will see on one run, and what was left out and why: the run record keeps all of it. Usually one
// model call sees it all (`modules`); when the attention items alone do not fit the token budget, the run is split
// into `parts`, one model call each, and `modules` is empty.
struct AssembledContext
{
    struct Omission
    {
        QString moduleId;
        QString reason; // "over the token budget (needs 900, 400 left)", kNothingToReport, or the provider's error
        int tokenEstimate = 0;
        bool failed = false;
        int attentionItems = 0; // attention items this left unshown (a split run's calls ran out)
    };

    // Why a module that is switched on is left out when it has nothing to say: no data for it in this database or
    // this window (no POS sales imported, no auctions), or a TeamTime version without its tables.
    static inline const QString kNothingToReport = QStringLiteral("nothing to report (no data for it here)");

    Agent agent = Agent::OfficeManager;
    QDateTime assembledAt;
    int tokenBudget = 0;
    QList<ContextModule> modules; // included, in priority order (empty when split)
    QList<ContextPart> parts;     // a split run's calls
    QList<Omission> omitted;
    // Set on each of calls(): which call of how many this is.
    int partIndex = 0;
    int partCount = 1;
    QString partLabel;

    bool isSplit() const { return !parts.isEmpty(); }
    // One context per model call: this one, or one per part (each with its part's modules and the run's omissions).
    QList<AssembledContext> calls() const;

    int totalTokens() const;
    int attentionTotal() const;
    // Attention items no call shows (an over-long split); 0 when the run shows them all.
    int attentionNotShown() const;
    // The first module with this id (in the first part that has it, when split).
    const ContextModule *module(const QString &moduleId) const;
    // {"agent": "...", "<moduleId>": data, ...}: what the rules provider and the dry-run inspector read. Split:
    // {"agent": "...", "parts": [{"label": ..., "locations": [...], "<moduleId>": data, ...}, ...]}.
    nlohmann::json structured() const;
    // For ai_actions.context_snapshot: the plan's counts (clockedIn, expectedButMissing, overdueTasks,
    // pendingApprovals, unassignedWithdrawals, activeMemories, activePolicies) where known, plus per-module
    // attention, tokens and detail, the parts of a split run, and what was omitted.
    nlohmann::json summary() const;
    QString prompt() const;
};
