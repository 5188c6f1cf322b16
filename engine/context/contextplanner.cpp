#include "context/contextplanner.h"

#include "core/logging.h"

#include <QCollator>
#include <algorithm>
#include <climits>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

// Which items one call shows: whole units (a location's items, or those with no location), or a range of one unit's
// attention items (a location too big for one call; its background goes with its first range).
struct ContextPlanner::Group
{
    struct Range
    {
        QString unit;
        int from = 0;
        int to = INT_MAX;
        bool background = true;
    };
    bool everything = false; // the whole run, unsplit
    QList<Range> ranges;
    QStringList labels;

    bool accepts(const QString &unit, bool attention, int ordinal) const
    {
        if (everything)
            return true;
        return std::ranges::any_of(ranges, [&](const Range &r) {
            return r.unit == unit && (attention ? ordinal >= r.from && ordinal < r.to : r.background);
        });
    }
};

namespace {

int tokens(const QList<ContextModule> &modules)
{
    int total = 0;
    for (const ContextModule &m : modules)
        total += m.tokenEstimate;
    return total;
}

QString unitName(const ContextLists::Unit &unit)
{
    if (unit.id.isEmpty())
        return u"no location"_s;
    return unit.name.isEmpty() ? u"location %1"_s.arg(unit.id) : unit.name;
}

} // namespace

ContextPlanner::ContextPlanner(const ContextRequest &request, int tokenBudget, int maxParts)
    : m_request(request), m_budget(tokenBudget), m_maxParts(std::max(1, maxParts))
{}

QList<ContextModule> ContextPlanner::render(const QList<Built> &tiered, const Group &group, ContextDetail detail) const
{
    QList<ContextModule> modules;
    QHash<QString, int> ordinals; // counted across the modules, in priority order: the same in every render
    for (const Built &b : tiered) {
        if (group.everything) {
            modules << b.provider->shown(b.module, b.module.data, m_request, detail);
            continue;
        }
        const json data = ContextLists::select(
            b.module.data, b.provider->lists(),
            [&group](const QString &unit, bool attention, int ordinal) {
                return group.accepts(unit, attention, ordinal);
            },
            ordinals);
        modules << b.provider->shown(b.module, data, m_request, detail);
    }
    return modules;
}

void ContextPlanner::upgrade(const QList<Built> &tiered, const Group &group, QList<ContextModule> &modules,
                             int remaining) const
{
    // Every module's background to per-location counts first, in priority order, then to full lists: a second
    // module's counts by store are worth more than the last lines of the first one's list.
    const QList<ContextModule> full = render(tiered, group, ContextDetail::Full);
    const QList<ContextModule> summary = render(tiered, group, ContextDetail::Summary);
    for (const auto *better : {&summary, &full}) {
        for (qsizetype i = 0; i < modules.size(); ++i) {
            const int extra = (*better)[i].tokenEstimate - modules[i].tokenEstimate;
            if (modules[i].hasDetails && extra <= remaining && (*better)[i].detail != modules[i].detail) {
                modules[i] = (*better)[i];
                remaining -= extra;
            }
        }
    }
    for (qsizetype i = 0; i < modules.size(); ++i) {
        ContextModule &m = modules[i];
        m.fullTokenEstimate = full[i].tokenEstimate;
        if (!m.hasDetails)
            continue;
        // What the other modules took, and so what this one could have had.
        const int couldHave = remaining + m.tokenEstimate;
        switch (m.detail) {
        case ContextDetail::Full:
            m.detailReason = u"everything fits"_s;
            break;
        case ContextDetail::Summary:
            m.detailReason = u"the full list needs %1 tokens, %2 left"_s.arg(full[i].tokenEstimate).arg(couldHave);
            break;
        case ContextDetail::Counts:
            m.detailReason =
                u"the full list needs %1 tokens and the per-location counts %2, %3 left"_s.arg(full[i].tokenEstimate)
                    .arg(summary[i].tokenEstimate)
                    .arg(couldHave);
            break;
        }
    }
}

QList<ContextPlanner::Group> ContextPlanner::pack(const QList<Built> &tiered, int partBudget) const
{
    QList<ContextLists::Unit> units;
    for (const Built &b : tiered)
        ContextLists::collectUnits(b.module.data, b.provider->lists(), units);
    QCollator collator;
    collator.setNumericMode(true);
    std::ranges::stable_sort(units, [&collator](const ContextLists::Unit &a, const ContextLists::Unit &b) {
        if (a.id.isEmpty() != b.id.isEmpty())
            return a.id.isEmpty(); // items with no location first
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });

    const int headers = tokens(render(tiered, Group{}, ContextDetail::Counts));

    const int room = std::max(1, partBudget - headers);
    QList<Group> groups;
    Group current;
    int used = 0;
    const auto close = [&groups, &current, &used]() {
        if (!current.ranges.isEmpty())
            groups << current;
        current = Group{};
        used = 0;
    };
    for (const ContextLists::Unit &unit : std::as_const(units)) {
        Group alone;
        alone.ranges << Group::Range{unit.id};
        const int cost = tokens(render(tiered, alone, ContextDetail::Counts)) - headers;
        if (cost <= room) {
            if (used + cost > room)
                close();
            current.ranges << Group::Range{unit.id};
            current.labels << unitName(unit);
            used += cost;
            continue;
        }
        // One location needs more than a call: its attention items in ranges, as many as it takes (a single item
        // that alone is over the budget still gets its call: shown a little over, never dropped).
        close();
        const int items = std::max(1, unit.attentionItems);
        for (int chunks = std::clamp((cost + room - 1) / room, 1, items);; ++chunks) {
            const int size = (items + chunks - 1) / chunks;
            QList<Group> ranges;
            bool fits = true;
            for (int from = 0; from < items; from += size) {
                Group chunk;
                chunk.ranges << Group::Range{unit.id, from, std::min(items, from + size), from == 0};
                chunk.labels << (size >= items
                                     ? unitName(unit)
                                     : u"%1 (attention items %2-%3 of %4)"_s.arg(
                                           unitName(unit), QString::number(from + 1),
                                           QString::number(std::min(items, from + size)), QString::number(items)));
                fits = fits && (size == 1 || tokens(render(tiered, chunk, ContextDetail::Counts)) <= partBudget);
                ranges << chunk;
            }
            if (fits || size == 1) {
                groups << ranges;
                break;
            }
        }
    }
    close();
    return groups;
}

void ContextPlanner::plan(QList<Built> built, AssembledContext &context) const
{
    std::ranges::stable_sort(built, {}, [](const Built &b) { return b.module.priority; });
    QList<Built> tiered;
    QList<Built> fixed;
    for (Built &b : built)
        (b.module.splittable ? tiered : fixed) << std::move(b);

    const Group everything{true, {}, {}};
    QList<ContextModule> minimal = render(tiered, everything, ContextDetail::Counts);
    const int minTokens = tokens(minimal);

    // The shared modules, in priority order, within what the attention items leave (at least half the budget).
    const int allowance = std::max(m_budget - minTokens, m_budget / 2);
    int fixedTokens = 0;
    QList<ContextModule> shared;
    for (const Built &b : std::as_const(fixed)) {
        ContextModule module = b.provider->shown(b.module, b.module.data, m_request, ContextDetail::Full);
        if (fixedTokens + module.tokenEstimate > allowance) {
            const QString why = minTokens > 0 ? u"over the token budget (needs %1, %2 left after the attention items)"_s
                                              : u"over the token budget (needs %1, %2 left)"_s;
            context.omitted << AssembledContext::Omission{module.moduleId,
                                                          why.arg(module.tokenEstimate).arg(allowance - fixedTokens),
                                                          module.tokenEstimate, false, 0};
            continue;
        }
        fixedTokens += module.tokenEstimate;
        shared << std::move(module);
    }
    const auto merged = [&shared](QList<ContextModule> modules) {
        modules << shared;
        std::ranges::stable_sort(modules, {}, &ContextModule::priority);
        return modules;
    };

    const int partBudget = m_budget - fixedTokens;
    QList<Group> groups;
    if (minTokens > partBudget)
        groups = pack(tiered, partBudget);
    if (groups.size() <= 1) {
        // One call: everything fits, or nothing smaller than the whole would (a single item over the budget).
        upgrade(tiered, everything, minimal, std::max(0, partBudget - minTokens));
        context.modules = merged(minimal);
        return;
    }
    qCInfo(lcContext).noquote() << "the attention items need" << minTokens << "tokens, more than the" << partBudget
                                << "a call has left: split into" << groups.size() << "calls";
    if (groups.size() > m_maxParts) {
        const QList<Group> left = groups.mid(m_maxParts);
        groups.resize(m_maxParts);
        int items = 0;
        int tokensLeft = 0;
        QStringList labels;
        for (const Group &g : left) {
            const QList<ContextModule> modules = render(tiered, g, ContextDetail::Counts);
            for (const ContextModule &m : modules)
                items += m.attentionTotal();
            tokensLeft += tokens(modules);
            labels << g.labels;
        }
        context.omitted << AssembledContext::Omission{
            u"attention"_s,
            u"%1 attention items not shown (%2): a run makes at most %3 model calls"_s.arg(
                QString::number(items), labels.join(u", "_s), QString::number(m_maxParts)),
            tokensLeft, false, items};
    }
    for (const Group &group : std::as_const(groups)) {
        QList<ContextModule> modules = render(tiered, group, ContextDetail::Counts);
        upgrade(tiered, group, modules, partBudget - tokens(modules));
        ContextPart part;
        part.label = group.labels.join(u", "_s);
        for (const Group::Range &r : group.ranges) {
            if (!part.locationIds.contains(r.unit))
                part.locationIds << r.unit;
        }
        part.modules = merged(std::move(modules));
        context.parts << std::move(part);
    }
}
