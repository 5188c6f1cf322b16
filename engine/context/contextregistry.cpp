#include "context/contextregistry.h"

#include "context/providers/aiactionsummaryprovider.h"
#include "context/providers/attendancehistoryprovider.h"
#include "context/providers/attendanceprovider.h"
#include "context/providers/auctionmetricsprovider.h"
#include "context/providers/auctionopsprovider.h"
#include "context/providers/expensesprovider.h"
#include "context/providers/kpithresholdsprovider.h"
#include "context/providers/memoryprovider.h"
#include "context/providers/policyprovider.h"
#include "context/providers/posmetricsprovider.h"
#include "context/providers/purchasesprovider.h"
#include "context/providers/scheduleprovider.h"
#include "context/providers/taskhistoryprovider.h"
#include "context/providers/tasksprovider.h"

#include <algorithm>

namespace {

QList<std::shared_ptr<const ContextProvider>> &registered()
{
    static QList<std::shared_ptr<const ContextProvider>> providers = {
        std::make_shared<AttendanceProvider>(),
        std::make_shared<ScheduleProvider>(),
        std::make_shared<TasksProvider>(),
        std::make_shared<PurchasesProvider>(),
        std::make_shared<ExpensesProvider>(),
        std::make_shared<AuctionOpsProvider>(),
        std::make_shared<MemoryProvider>(),
        std::make_shared<PolicyProvider>(),
        std::make_shared<AttendanceHistoryProvider>(),
        std::make_shared<TaskHistoryProvider>(),
        std::make_shared<AiActionSummaryProvider>(),
        std::make_shared<PosMetricsProvider>(),
        std::make_shared<AuctionMetricsProvider>(),
        std::make_shared<KpiThresholdsProvider>(),
    };
    return providers;
}

} // namespace

const QList<std::shared_ptr<const ContextProvider>> &ContextRegistry::all()
{
    return registered();
}

bool ContextRegistry::add(std::shared_ptr<const ContextProvider> provider)
{
    const QString id = provider->moduleId();
    if (std::ranges::any_of(registered(), [&id](const auto &p) { return p->moduleId() == id; }))
        return false;
    registered() << std::move(provider);
    return true;
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
