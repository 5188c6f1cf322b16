#include "context/contextregistry.h"

#include "context/providers/attendanceprovider.h"

#include <algorithm>

const QList<std::shared_ptr<const ContextProvider>> &ContextRegistry::all()
{
    static const QList<std::shared_ptr<const ContextProvider>> providers = {
        std::make_shared<AttendanceProvider>(),
    };
    return providers;
}

QList<std::shared_ptr<const ContextProvider>> ContextRegistry::forAgent(Agent agent)
{
    QList<std::shared_ptr<const ContextProvider>> chosen;
    for (const auto &provider : all()) {
        if (provider->servesAgent(agent))
            chosen << provider;
    }
    std::ranges::stable_sort(chosen, {}, [](const auto &p) { return p->priority(); });
    return chosen;
}
