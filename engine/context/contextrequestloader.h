#pragma once

#include "business/contextrequest.h"

#include <memory>

class Clock;
class SqlSession;

// Builds a ContextRequest from the database: the business time zone (mentats_settings, shared by every console and
// server), the AI system user, and which of TeamTime's later tables this database has.
namespace ContextRequestLoader {
// Throws DbError(Schema) when the stored time zone is not one this machine knows.
ContextRequest load(SqlSession &session, Agent agent, std::shared_ptr<const Clock> clock);
TeamTimeFeatures probeFeatures(SqlSession &session);
// After a model call: folds the provider's real input tokens into the stored correction for this agent's estimates
// (one atomic update, safe with several consoles). Returns the new correction.
double recordActualTokens(SqlSession &session, Agent agent, int estimatedTokens, qint64 actualTokens);
} // namespace ContextRequestLoader
