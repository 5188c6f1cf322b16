#pragma once

#include "context/assembledcontext.h"
#include "context/contextprovider.h"
#include "context/contextrequest.h"

#include <QCoroTask>

#include <memory>

class Database;
class SqlSession;

// Runs an agent's providers in priority order, from one consistent snapshot of the database (a read-only,
// repeatable-read transaction), within the agent's token budget: a module that does not fit is left out whole and
// the next ones still get their chance; a provider that fails is recorded and the others still run.
class ContextAssembler
{
public:
    explicit ContextAssembler(QList<std::shared_ptr<const ContextProvider>> providers);

    // Blocking: for a database worker thread.
    AssembledContext assemble(SqlSession &session, const ContextRequest &request, int tokenBudget) const;
    QCoro::Task<AssembledContext> assemble(Database &database, ContextRequest request, int tokenBudget) const;

    // Learns from the provider's real input tokens how far off the estimates are (a running ratio, clamped).
    static double updatedCorrection(double current, int estimatedTokens, qint64 actualTokens);

private:
    QList<std::shared_ptr<const ContextProvider>> m_providers;
};
