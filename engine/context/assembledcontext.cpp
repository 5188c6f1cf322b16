#include "context/assembledcontext.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

int AssembledContext::totalTokens() const
{
    int total = 0;
    for (const ContextModule &m : modules)
        total += m.tokenEstimate;
    return total;
}

int AssembledContext::attentionTotal() const
{
    int total = 0;
    for (const ContextModule &m : modules)
        total += m.attentionTotal();
    return total;
}

const ContextModule *AssembledContext::module(const QString &moduleId) const
{
    for (const ContextModule &m : modules) {
        if (m.moduleId == moduleId)
            return &m;
    }
    return nullptr;
}

json AssembledContext::structured() const
{
    json all = {{"agent", Agents::id(agent).toStdString()}};
    for (const ContextModule &m : modules)
        all[m.moduleId.toStdString()] = m.data;
    return all;
}

json AssembledContext::summary() const
{
    json summary = json::object();
    // The plan's keys, each from the module that knows it.
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
    for (const auto &key : planKeys) {
        const ContextModule *m = module(QString::fromLatin1(key.module));
        if (m && m->data.contains(key.list) && m->data[key.list].is_array())
            summary[key.key] = m->data[key.list].size();
    }
    json perModule = json::object();
    for (const ContextModule &m : modules)
        perModule[m.moduleId.toStdString()] = {
            {"attention", m.attentionTotal()}, {"tokens", m.tokenEstimate}, {"ms", m.elapsedMs}};
    summary["modules"] = perModule;
    if (!omitted.isEmpty()) {
        json left = json::array();
        for (const Omission &o : omitted)
            left.push_back({{"module", o.moduleId.toStdString()},
                            {"reason", o.reason.toStdString()},
                            {"failed", o.failed},
                            {"tokens", o.tokenEstimate}});
        summary["omitted"] = left;
    }
    summary["tokens"] = totalTokens();
    return summary;
}

QString AssembledContext::prompt() const
{
    QStringList parts;
    for (const ContextModule &m : modules)
        parts << m.prompt;
    return parts.join(u"\n\n"_s);
}
