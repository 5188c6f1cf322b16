#pragma once

#include "business/contextrequest.h"
#include "context/assembledcontext.h"
#include "context/contextprovider.h"
#include "context/providersettings.h"

#include <QCoroTask>
#include <memory>

class Database;
class SqlSession;

// Runs an agent's providers in priority order, from one consistent snapshot of the database (a read-only,
// repeatable-read transaction), then fits what they read into the agent's token budget, attention first
// (ContextPlanner): attention items are always shown, background degrades to per-location counts or totals, and a
// run whose attention items alone do not fit is split into several calls. A provider that fails is recorded and the
// others still run. The managers' settings in ai_context_config (ProviderSettings) are read in the same snapshot: a
// provider switched off is left out, a priority override moves it, an "always include" note is appended to its text.
class ContextAssembler
{
public:
    explicit ContextAssembler(QList<std::shared_ptr<const ContextProvider>> providers);

    // Use these settings instead of reading ai_context_config: the console's preview of edits not yet saved.
    void setProviderSettings(QHash<QString, ProviderSettings> settings) { m_settings = std::move(settings); }

    // Blocking: for a database worker thread.
    AssembledContext assemble(SqlSession &session, const ContextRequest &request, int tokenBudget) const;
    QCoro::Task<AssembledContext> assemble(Database &database, ContextRequest request, int tokenBudget) const;

    // Learns from the provider's real input tokens how far off the estimates are (a running ratio, clamped).
    static double updatedCorrection(double current, int estimatedTokens, qint64 actualTokens);

private:
    QList<std::shared_ptr<const ContextProvider>> m_providers;
    std::optional<QHash<QString, ProviderSettings>> m_settings;
};
