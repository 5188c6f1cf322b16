#include "context/assembledcontext.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

int attentionOf(const QList<ContextModule> &modules)
{
    int total = 0;
    for (const ContextModule &m : modules)
        total += m.attentionTotal();
    return total;
}

json dataOf(const QList<ContextModule> &modules, json into)
{
    for (const ContextModule &m : modules)
        into[m.moduleId.toStdString()] = m.data;
    return into;
}

} // namespace

int ContextPart::totalTokens() const
{
    return ContextModules::tokens(modules);
}

int ContextPart::attentionTotal() const
{
    return attentionOf(modules);
}

QList<AssembledContext> AssembledContext::calls() const
{
    if (!isSplit())
        return {*this};
    // Without the parts: copying them into every call would copy a large run's data once per call.
    AssembledContext shell;
    shell.agent = agent;
    shell.assembledAt = assembledAt;
    shell.tokenBudget = tokenBudget;
    shell.omitted = omitted;
    QList<AssembledContext> result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        AssembledContext call = shell;
        call.modules = parts[i].modules;
        call.partIndex = int(i);
        call.partCount = int(parts.size());
        call.partLabel = parts[i].label;
        result << std::move(call);
    }
    return result;
}

int AssembledContext::totalTokens() const
{
    int total = ContextModules::tokens(modules);
    for (const ContextPart &part : parts)
        total += part.totalTokens();
    return total;
}

int AssembledContext::attentionTotal() const
{
    int total = attentionOf(modules);
    for (const ContextPart &part : parts)
        total += part.attentionTotal();
    return total;
}

int AssembledContext::attentionNotShown() const
{
    int total = 0;
    for (const Omission &o : omitted)
        total += o.attentionItems;
    return total;
}

const ContextModule *AssembledContext::module(const QString &moduleId) const
{
    for (const ContextModule &m : modules) {
        if (m.moduleId == moduleId)
            return &m;
    }
    for (const ContextPart &part : parts) {
        for (const ContextModule &m : part.modules) {
            if (m.moduleId == moduleId)
                return &m;
        }
    }
    return nullptr;
}

json AssembledContext::structured() const
{
    json all = dataOf(modules, {{"agent", Agents::id(agent).toStdString()}});
    if (isSplit()) {
        json split = json::array();
        for (const ContextPart &part : parts) {
            json locations = json::array();
            for (const QString &id : part.locationIds)
                locations.push_back(id.toStdString());
            split.push_back(dataOf(part.modules, {{"label", part.label.toStdString()}, {"locations", locations}}));
        }
        all["parts"] = split;
    }
    return all;
}

json AssembledContext::summary() const
{
    json summary = json::object();
    // The plan's keys, each from the module that knows it, summed over the parts of a split run.
    const struct
    {
        const char *key;
        const char *module;
        const char *list;
    } planKeys[] = {
        {"clockedIn", "attendance", "clockedIn"},
        {"expectedButMissing", "attendance", "expectedButMissing"},
        {"overdueTasks", "tasks", "overdue"},
        {"pendingApprovals", "purchases", "pending"},
        {"unassignedWithdrawals", "expenses", "unassignedWithdrawals"},
        {"activeMemories", "memory", "memories"},
        {"activePolicies", "policy", "policies"},
    };
    QList<const QList<ContextModule> *> calls{&modules};
    for (const ContextPart &part : parts)
        calls << &part.modules;
    json perModule = json::object();
    for (const QList<ContextModule> *call : std::as_const(calls)) {
        for (const ContextModule &m : *call) {
            json &entry = perModule[m.moduleId.toStdString()];
            if (entry.is_null())
                entry = json::object();
            entry["attention"] = entry.value("attention", 0) + m.attentionTotal();
            entry["tokens"] = entry.value("tokens", 0) + m.tokenEstimate;
            entry["ms"] = m.elapsedMs;
            if (m.hasDetails) {
                if (m.detail != ContextDetail::Full)
                    entry["fullTokens"] = entry.value("fullTokens", 0) + m.fullTokenEstimate;
                entry["detail"] = ContextDetails::id(m.detail).toStdString();
                if (!m.detailReason.isEmpty())
                    entry["why"] = m.detailReason.toStdString();
            }
        }
    }
    for (const auto &key : planKeys) {
        const QString moduleId = QString::fromLatin1(key.module);
        std::optional<int> count;
        for (const QList<ContextModule> *call : std::as_const(calls)) {
            for (const ContextModule &m : *call) {
                if (m.moduleId != moduleId || (!m.data.contains(key.list) && !m.data.contains("summarized")))
                    continue;
                // A module every part shares whole (policies, memories) counts once.
                if (count && !m.splittable)
                    continue;
                count = count.value_or(0) + ContextLists::total(m.data, QString::fromLatin1(key.list));
            }
        }
        if (count)
            summary[key.key] = *count;
    }
    summary["modules"] = perModule;
    if (isSplit()) {
        json split = json::array();
        for (const ContextPart &part : parts)
            split.push_back({{"label", part.label.toStdString()},
                             {"tokens", part.totalTokens()},
                             {"attention", part.attentionTotal()}});
        summary["parts"] = split;
    }
    if (!omitted.isEmpty()) {
        json left = json::array();
        for (const Omission &o : omitted) {
            json entry = {{"module", o.moduleId.toStdString()},
                          {"reason", o.reason.toStdString()},
                          {"failed", o.failed},
                          {"tokens", o.tokenEstimate}};
            if (o.attentionItems > 0)
                entry["attentionItems"] = o.attentionItems;
            left.push_back(entry);
        }
        summary["omitted"] = left;
    }
    summary["tokens"] = totalTokens();
    return summary;
}

QString AssembledContext::prompt() const
{
    QStringList texts;
    for (const ContextModule &m : modules)
        texts << m.prompt;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        texts << u"### Call %1 of %2: %3"_s.arg(QString::number(i + 1), QString::number(parts.size()), parts[i].label);
        for (const ContextModule &m : parts[i].modules)
            texts << m.prompt;
    }
    return texts.join(u"\n\n"_s);
}
