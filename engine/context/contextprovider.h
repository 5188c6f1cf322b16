#pragma once

#include "business/contextrequest.h"
#include "context/contextmodule.h"

#include <QList>
#include <QString>

class SqlSession;

// One module of what an agent sees. Priority bands: 1-20
// critical state, 21-40 pending actions, 41-60 communication, 61-80 analytics, 81-100 enrichment (lower is more
// important). Providers run on a database worker thread and read through the session they are given.
class ContextProvider
{
public:
    virtual ~ContextProvider() = default;

    virtual QString moduleId() const = 0;
    virtual QString moduleName() const = 0;
    virtual QString description() const = 0;
    virtual int priority() const = 0;
    virtual QList<Agent> agents() const = 0;

    virtual bool isEnabled(SqlSession &session, const ContextRequest &request) const;
    // Structured data; throws DbError when the database fails (the assembler records it and goes on).
    virtual nlohmann::json getContext(SqlSession &session, const ContextRequest &request) const = 0;
    virtual QString formatForPrompt(const nlohmann::json &data, const ContextRequest &request) const = 0;
    virtual QMap<QString, int> attention(const nlohmann::json &data) const;
    virtual int estimateTokens(const QString &prompt) const;

    bool servesAgent(Agent agent) const { return agents().contains(agent); }
    // getContext + formatForPrompt + estimateTokens + attention, as one module.
    ContextModule build(SqlSession &session, const ContextRequest &request) const;
};
