#pragma once

#include "business/contextrequest.h"
#include "context/assembledcontext.h"
#include "context/contextprovider.h"

#include <memory>

// Fits the modules an assembler built into the token budget, attention first:
// 1. Every attention item is shown whole, with its ids. Modules that declare lists start with their background as
//    totals only; modules without lists (policies, memories) are shown whole.
// 2. When that fits one call, the background is upgraded in priority order, each module to the fullest detail the
//    remaining budget allows: everything listed, then per-location counts, then totals.
// 3. When it does not fit, the run is split: the attention items (with their locations' background) are packed by
//    location into parts of one model call each, every part with the shared modules; a location too big for one
//    part is split by its items. Each part then upgrades its background with what it has left.
// A background list the provider counted in the database (ContextLists::counted: more items than the budget could
// ever list) is shown as its locations' counts in each part, and its module reports "summary", never "full".
// Full lists are formatted only where they could fit (at least ContextLists::kMinLineTokens a line).
// Shared modules may take at most half the budget (the lowest priority goes first); a run makes at most kMaxParts
// calls, and what did not fit is recorded as omitted with the number of attention items it held.
class ContextPlanner
{
public:
    struct Built
    {
        std::shared_ptr<const ContextProvider> provider;
        ContextModule module; // everything listed
    };

    static constexpr int kMaxParts = 12;

    ContextPlanner(const ContextRequest &request, int tokenBudget, int maxParts = kMaxParts);

    // Fills context.modules (one call) or context.parts (split), and adds to context.omitted.
    void plan(QList<Built> built, AssembledContext &context) const;

private:
    struct Group;   // the units (locations, or ranges of one location's items) of one part
    struct Catalog; // every unit, and each item's unit, worked out once per plan

    // Every module at `detail`; with `only`, just the modules it marks (the others come back empty, their
    // attention items still counted for the ranges of a split location).
    QList<ContextModule> render(const Catalog &catalog, const Group &group, ContextDetail detail,
                                const std::vector<bool> *only = nullptr) const;
    void upgrade(const Catalog &catalog, const Group &group, QList<ContextModule> &modules, int remaining) const;
    QList<Group> pack(const Catalog &catalog, int partBudget) const;

    const ContextRequest &m_request;
    int m_budget;
    int m_maxParts;
};
