#include "context/contextplanner.h"

#include "core/logging.h"

#include <QCollator>
#include <QHash>
#include <algorithm>
#include <climits>
#include <numeric>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using ContextModules::tokens;
using nlohmann::json;

// Which items one call shows: whole units (a location's items, or those with no location), or a range of one unit's
// attention items (a location too big for one call; its background goes with its first range). Units are indexes
// into the Catalog.
struct ContextPlanner::Group
{
    struct Range
    {
        int unit = 0;
        int from = 0;
        int to = INT_MAX;
        bool background = true;
    };
    bool everything = false; // the whole run, unsplit
    QList<Range> ranges;
    QStringList labels;
    std::vector<int> rangeOf; // per unit: its range in `ranges`, or -1

    void add(const Range &range, const QString &label, int units)
    {
        if (rangeOf.empty())
            rangeOf.assign(std::size_t(units), -1);
        rangeOf[std::size_t(range.unit)] = int(ranges.size());
        ranges << range;
        labels << label;
    }
    bool accepts(int unit, bool attention, int ordinal) const
    {
        if (everything)
            return true;
        if (rangeOf.empty() || rangeOf[std::size_t(unit)] < 0)
            return false;
        const Range &r = ranges[rangeOf[std::size_t(unit)]];
        return attention ? ordinal >= r.from && ordinal < r.to : r.background;
    }
};

// The tiered modules with, for each of their lists, each item's unit: looked up in the JSON once, not once per
// render (a large store's run renders its lists many times while it packs them).
struct ContextPlanner::Catalog
{
    struct Module
    {
        const Built *built = nullptr;
        QList<ContextList> lists;
        std::vector<std::vector<int>> unitOf; // per list, per item
        // per list counted in the database (ContextLists::counted): per location, its unit and count
        std::vector<std::vector<std::pair<int, qint64>>> countedOf;
        std::vector<int> countedLineTokens; // per list
    };
    QList<Module> modules;
    QList<ContextLists::Unit> units; // sorted: no location first, then by name

    explicit Catalog(const QList<Built> &tiered)
    {
        QHash<QString, int> index;
        const auto unitFor = [&](const json &item) {
            const QString id = ContextLists::unitOf(item);
            auto it = index.find(id);
            if (it == index.end()) {
                const json name = item.is_object() ? item.value("location", json()) : json();
                units << ContextLists::Unit{id, name.is_string() ? QString::fromStdString(name) : QString(), 0};
                it = index.insert(id, int(units.size()) - 1);
            }
            return *it;
        };
        for (const Built &b : tiered) {
            Module m{&b, b.provider->lists(), {}, {}, {}};
            const json &data = b.module.data;
            for (const ContextList &list : std::as_const(m.lists)) {
                std::vector<int> &unitOf = m.unitOf.emplace_back();
                std::vector<std::pair<int, qint64>> &countedOf = m.countedOf.emplace_back();
                int &lineTokens = m.countedLineTokens.emplace_back(ContextLists::kMinLineTokens);
                const std::string key = list.key.toStdString();
                if (!list.attention && ContextLists::isCounted(data, list.key)) {
                    lineTokens = std::max(lineTokens, data["summarized"][key].value("lineTokens", 0));
                    for (const json &entry : data["summarized"][key].value("byLocation", json::array())) {
                        countedOf.emplace_back(unitFor(entry), entry.value("count", qint64(0)));
                    }
                    continue;
                }
                if (!data.contains(key) || !data[key].is_array())
                    continue;
                for (const json &item : data[key]) {
                    const int unit = unitFor(item);
                    unitOf.push_back(unit);
                    if (list.attention)
                        ++units[unit].attentionItems;
                }
            }
            modules << std::move(m);
        }
        // Items with no location first, then by name; the indexes are remapped to that order.
        QList<int> order(units.size());
        std::iota(order.begin(), order.end(), 0);
        QCollator collator;
        collator.setNumericMode(true);
        std::ranges::stable_sort(order, [&](int a, int b) {
            const ContextLists::Unit &x = units[a];
            const ContextLists::Unit &y = units[b];
            if (x.id.isEmpty() != y.id.isEmpty())
                return x.id.isEmpty();
            const int byName = collator.compare(x.name, y.name);
            return byName != 0 ? byName < 0 : x.id < y.id;
        });
        std::vector<int> newIndex(std::size_t(units.size()));
        QList<ContextLists::Unit> sorted;
        for (qsizetype i = 0; i < order.size(); ++i) {
            newIndex[std::size_t(order[i])] = int(i);
            sorted << units[order[i]];
        }
        units = std::move(sorted);
        for (Module &m : modules) {
            for (std::vector<int> &list : m.unitOf)
                for (int &unit : list)
                    unit = newIndex[std::size_t(unit)];
            for (auto &list : m.countedOf)
                for (auto &[unit, count] : list)
                    unit = newIndex[std::size_t(unit)];
        }
    }

    // How many background items of the module `group` would list at full detail.
    static qint64 background(const Module &m, const Group &group)
    {
        qint64 total = 0;
        for (qsizetype i = 0; i < m.lists.size(); ++i) {
            if (m.lists[i].attention)
                continue;
            for (const int unit : m.unitOf[std::size_t(i)])
                total += group.accepts(unit, false, -1) ? 1 : 0;
        }
        return total;
    }

    // Counts the module's attention items into `ordinals` as shown() would, without showing them.
    static void skip(const Module &m, std::vector<int> &ordinals)
    {
        for (qsizetype i = 0; i < m.lists.size(); ++i) {
            if (m.lists[i].attention)
                for (const int unit : m.unitOf[std::size_t(i)])
                    ++ordinals[std::size_t(unit)];
        }
    }

    // How many of the module's items counted in the database belong to `group`, and about what listing them would
    // have taken.
    static std::pair<qint64, qint64> counted(const Module &m, const Group &group)
    {
        qint64 items = 0;
        qint64 tokens = 0;
        for (std::size_t i = 0; i < m.countedOf.size(); ++i) {
            for (const auto &[unit, count] : m.countedOf[i]) {
                if (!group.accepts(unit, false, -1))
                    continue;
                items += count;
                tokens += count * m.countedLineTokens[i];
            }
        }
        return {items, tokens};
    }

    // A module's data as `group` shows it at `detail`: its attention items and, at full detail, its background
    // items; at less, what stands for the background (ContextLists::atDetail's "summarized"), counted without
    // copying the items. `ordinals` counts each unit's attention items across the modules.
    json shown(const Module &m, const Group &group, ContextDetail detail, std::vector<int> &ordinals) const
    {
        const json &data = m.built->module.data;
        json out = json::object();
        for (auto it = data.begin(); it != data.end(); ++it) {
            const bool isList =
                std::ranges::any_of(m.lists, [&it](const ContextList &l) { return l.key.toStdString() == it.key(); });
            if (!isList)
                out[it.key()] = *it;
        }
        for (qsizetype i = 0; i < m.lists.size(); ++i) {
            const ContextList &list = m.lists[i];
            const std::string key = list.key.toStdString();
            if (!list.attention && ContextLists::isCounted(data, list.key)) {
                // Counted in the database: the group's locations' counts, per location unless at counts only.
                qint64 total = 0;
                json byLocation = json::array();
                for (const auto &[unit, count] : m.countedOf[std::size_t(i)]) {
                    if (!group.accepts(unit, false, -1))
                        continue;
                    total += count;
                    const ContextLists::Unit &u = units[unit];
                    json entry = {{"location", u.id.isEmpty() ? std::string("no location") : u.name.toStdString()},
                                  {"count", count}};
                    if (!u.id.isEmpty())
                        entry["locationId"] = u.id.toStdString();
                    byLocation.push_back(std::move(entry));
                }
                json summary = {{"total", total}};
                if (detail != ContextDetail::Counts)
                    summary["byLocation"] = std::move(byLocation);
                out["summarized"][key] = std::move(summary);
                continue;
            }
            if (!data.contains(key) || !data[key].is_array())
                continue;
            const json &items = data[key];
            const std::vector<int> &unitOf = m.unitOf[std::size_t(i)];
            if (list.attention || detail == ContextDetail::Full) {
                json kept = json::array();
                for (std::size_t j = 0; j < unitOf.size(); ++j) {
                    const int unit = unitOf[j];
                    const int ordinal = list.attention ? ordinals[std::size_t(unit)]++ : -1;
                    if (group.accepts(unit, list.attention, ordinal))
                        kept.push_back(items[j]);
                }
                out[key] = std::move(kept);
                continue;
            }
            // Counted per unit, in the order the list first names them.
            std::vector<int> counts(std::size_t(units.size()), 0);
            std::vector<int> order;
            int total = 0;
            for (const int unit : unitOf) {
                if (!group.accepts(unit, false, -1))
                    continue;
                if (counts[std::size_t(unit)]++ == 0)
                    order.push_back(unit);
                ++total;
            }
            json summary = {{"total", total}};
            if (detail == ContextDetail::Summary) {
                json byLocation = json::array();
                for (const int unit : order) {
                    const ContextLists::Unit &u = units[unit];
                    json entry = {{"location", u.id.isEmpty() ? std::string("no location") : u.name.toStdString()},
                                  {"count", counts[std::size_t(unit)]}};
                    if (!u.id.isEmpty())
                        entry["locationId"] = u.id.toStdString();
                    byLocation.push_back(std::move(entry));
                }
                summary["byLocation"] = std::move(byLocation);
            }
            out["summarized"][key] = std::move(summary);
        }
        return out;
    }
};

namespace {

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

QList<ContextModule> ContextPlanner::render(const Catalog &catalog, const Group &group, ContextDetail detail,
                                            const std::vector<bool> *only) const
{
    QList<ContextModule> modules;
    // Counted across the modules, in priority order: the same in every render.
    std::vector<int> ordinals(std::size_t(catalog.units.size()), 0);
    for (qsizetype i = 0; i < catalog.modules.size(); ++i) {
        const Catalog::Module &m = catalog.modules[i];
        if (only && !(*only)[std::size_t(i)]) {
            Catalog::skip(m, ordinals);
            modules << ContextModule{};
            continue;
        }
        modules << m.built->provider->rendered(m.built->module, catalog.shown(m, group, detail, ordinals), m_request,
                                               detail);
    }
    return modules;
}

void ContextPlanner::upgrade(const Catalog &catalog, const Group &group, QList<ContextModule> &modules,
                             int remaining) const
{
    // Every module's background to per-location counts first, in priority order, then to full lists: a second
    // module's counts by store are worth more than the last lines of the first one's list.
    const QList<ContextModule> summary = render(catalog, group, ContextDetail::Summary);
    // Full lists only where they could fit: every line listed takes at least kMinLineTokens, and a large store's
    // thousands of lines are not formatted just to find they are too many. For the others, an estimate: this
    // group's share of the module's lines at the module's own tokens per line.
    std::vector<bool> couldFit(std::size_t(modules.size()), false);
    std::vector<qint64> lines(std::size_t(modules.size()), 0);
    for (qsizetype i = 0; i < modules.size(); ++i) {
        lines[std::size_t(i)] = Catalog::background(catalog.modules[i], group);
        // What the lines replace (headers, counts) is at most the module as it is now.
        couldFit[std::size_t(i)] = modules[i].hasDetails && lines[std::size_t(i)] * ContextLists::kMinLineTokens <=
                                                                qint64(remaining) + modules[i].tokenEstimate;
    }
    QList<ContextModule> full = render(catalog, group, ContextDetail::Full, &couldFit);
    for (qsizetype i = 0; i < modules.size(); ++i) {
        if (couldFit[std::size_t(i)])
            continue;
        const ContextModule &built = catalog.modules[i].built->module;
        qint64 items = 0;
        for (const std::vector<int> &list : catalog.modules[i].unitOf)
            items += qint64(list.size());
        const qint64 perLine =
            std::max<qint64>(ContextLists::kMinLineTokens, built.fullTokenEstimate / std::max<qint64>(1, items));
        full[i] = modules[i];
        full[i].detail = ContextDetail::Full;
        full[i].tokenEstimate =
            int(std::min<qint64>(INT_MAX / 2, modules[i].tokenEstimate + lines[std::size_t(i)] * perLine));
    }
    for (const QList<ContextModule> *better : {&summary, static_cast<const QList<ContextModule> *>(&full)}) {
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
        // Lists counted in the database were never read: at best they show as per-location counts, and listing
        // them would have taken about their lineTokens a line.
        if (const auto [items, tokens] = Catalog::counted(catalog.modules[i], group); items > 0) {
            m.fullTokenEstimate += int(std::min<qint64>(INT_MAX / 2, tokens));
            if (m.detail == ContextDetail::Full) {
                m.detail = ContextDetail::Summary;
                m.detailReason = u"%1 items counted in the database: more than a %2-token budget could list"_s.arg(
                    QString::number(items), QString::number(m_budget));
            }
        }
    }
}

QList<ContextPlanner::Group> ContextPlanner::pack(const Catalog &catalog, int partBudget) const
{
    const int unitCount = int(catalog.units.size());
    const int headers = tokens(render(catalog, Group{}, ContextDetail::Counts));
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
    for (int u = 0; u < unitCount; ++u) {
        const ContextLists::Unit &unit = catalog.units[u];
        Group alone;
        alone.add({u}, unitName(unit), unitCount);
        const int cost = tokens(render(catalog, alone, ContextDetail::Counts)) - headers;
        if (cost <= room) {
            if (used + cost > room)
                close();
            current.add({u}, unitName(unit), unitCount);
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
                chunk.add({u, from, std::min(items, from + size), from == 0},
                          size >= items ? unitName(unit)
                                        : u"%1 (attention items %2-%3 of %4)"_s.arg(
                                              unitName(unit), QString::number(from + 1),
                                              QString::number(std::min(items, from + size)), QString::number(items)),
                          unitCount);
                fits = fits && (size == 1 || tokens(render(catalog, chunk, ContextDetail::Counts)) <= partBudget);
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

    const Catalog catalog(tiered);
    Group everything;
    everything.everything = true;
    QList<ContextModule> minimal = render(catalog, everything, ContextDetail::Counts);
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
        groups = pack(catalog, partBudget);
    if (groups.size() <= 1) {
        // One call: everything fits, or nothing smaller than the whole would (a single item over the budget).
        upgrade(catalog, everything, minimal, std::max(0, partBudget - minTokens));
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
            const QList<ContextModule> modules = render(catalog, g, ContextDetail::Counts);
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
        QList<ContextModule> modules = render(catalog, group, ContextDetail::Counts);
        upgrade(catalog, group, modules, partBudget - tokens(modules));
        ContextPart part;
        part.label = group.labels.join(u", "_s);
        for (const Group::Range &r : group.ranges) {
            const QString &id = catalog.units[r.unit].id;
            if (!part.locationIds.contains(id))
                part.locationIds << id;
        }
        part.modules = merged(std::move(modules));
        context.parts << std::move(part);
    }
}
