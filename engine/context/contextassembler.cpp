#include "context/contextassembler.h"

#include "context/contextplanner.h"
#include "core/logging.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

ContextAssembler::ContextAssembler(QList<std::shared_ptr<const ContextProvider>> providers)
    : m_providers(std::move(providers))
{
    std::ranges::stable_sort(m_providers, {}, [](const auto &p) { return p->priority(); });
}

AssembledContext ContextAssembler::assemble(SqlSession &session, const ContextRequest &given, int tokenBudget) const
{
    ContextRequest request = given;
    request.tokenBudget = tokenBudget;
    AssembledContext context;
    context.agent = request.agent;
    context.assembledAt = request.calendar.nowUtc();
    context.tokenBudget = tokenBudget;
    QList<ContextPlanner::Built> built;
    session.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    try {
        // The modules' queries are many and short: compiling one with JIT (PostgreSQL's default above a cost
        // threshold a year of history passes) takes longer than running it.
        session.exec(u"SET LOCAL jit = off"_s);
        const QHash<QString, ProviderSettings> settings =
            m_settings ? *m_settings : ProviderSettings::readAll(session, request.agent);
        const auto priorityOf = [&settings](const std::shared_ptr<const ContextProvider> &p) {
            return settings.value(p->moduleId()).priorityOverride.value_or(p->priority());
        };
        QList<std::shared_ptr<const ContextProvider>> ordered;
        for (const auto &provider : m_providers) {
            if (provider->servesAgent(request.agent))
                ordered << provider;
        }
        std::ranges::stable_sort(ordered, {}, priorityOf);
        for (const auto &provider : ordered) {
            const ProviderSettings chosen = settings.value(provider->moduleId());
            if (!chosen.enabled) {
                context.omitted << AssembledContext::Omission{provider->moduleId(), u"switched off by a manager"_s, 0,
                                                              false};
                continue;
            }
            session.exec(u"SAVEPOINT mentats_context"_s);
            try {
                if (!provider->isEnabled(session, request)) {
                    context.omitted << AssembledContext::Omission{provider->moduleId(),
                                                                  AssembledContext::kNothingToReport, 0, false};
                    session.exec(u"RELEASE SAVEPOINT mentats_context"_s);
                    continue;
                }
                QElapsedTimer timer;
                timer.start();
                ContextModule module = provider->build(session, request);
                module.priority = priorityOf(provider);
                module.managerNote = chosen.alwaysInclude.trimmed();
                module.elapsedMs = timer.elapsed();
                session.exec(u"RELEASE SAVEPOINT mentats_context"_s);
                // The people and places the later modules (memories, policies) are about.
                ContextLists::collectIds(module.data, provider->lists(), request.peopleInContext,
                                         request.locationsInContext);
                built << ContextPlanner::Built{provider, std::move(module)};
            } catch (const DbError &error) {
                if (error.kind() == DbError::Kind::Connection)
                    throw;
                session.exec(u"ROLLBACK TO SAVEPOINT mentats_context"_s);
                qCWarning(lcContext) << "context provider" << provider->moduleId() << "failed:" << error.message();
                context.omitted << AssembledContext::Omission{provider->moduleId(), error.message(), 0, true};
            }
        }
        session.exec(u"COMMIT"_s);
    } catch (...) {
        if (session.isOpen()) {
            try {
                session.exec(u"ROLLBACK"_s);
            } catch (const DbError &rollbackError) {
                qCWarning(lcContext) << "rollback failed:" << rollbackError.message();
            }
        }
        throw;
    }
    ContextPlanner(request, tokenBudget).plan(std::move(built), context);
    return context;
}

QCoro::Task<AssembledContext> ContextAssembler::assemble(Database &database, ContextRequest request,
                                                         int tokenBudget) const
{
    QFuture<AssembledContext> assembled = database.run(
        [this, request, tokenBudget](SqlSession &session) { return assemble(session, request, tokenBudget); });
    co_return co_await assembled;
}

double ContextAssembler::updatedCorrection(double current, int estimatedTokens, qint64 actualTokens)
{
    if (estimatedTokens <= 0 || actualTokens <= 0)
        return current;
    const double observed = double(actualTokens) / double(estimatedTokens);
    // An exponential moving average: one odd call moves it a little, a steady difference moves it all the way.
    return std::clamp(0.8 * current + 0.2 * observed, 0.25, 4.0);
}
