#pragma once

#include "business/contextrequest.h"
#include "context/contextmodule.h"

#include <QList>
#include <QString>

class SqlSession;

// One module of what an agent sees. Priority bands: 1-20
// critical state, 21-40 pending actions, 41-60 communication, 61-80 analytics, 81-100 enrichment (lower is more
// important). Providers run on a database worker thread and read through the session they are given.
//
// A provider that reads state declares its lists (lists()): which need attention (late arrivals, overdue tasks),
// and which are background (everyone else clocked in). The assembler then always shows the attention items whole
// and degrades the background (ContextDetail), or splits the run by location, instead of leaving the module out.
// formatForPrompt renders whatever the data holds: a background list may arrive summarised
// (ContextLists::appendSection draws either).
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
    // The module's lists; none: the module is shown whole or not at all (policies, memories, analytics).
    virtual QList<ContextList> lists() const;

    bool servesAgent(Agent agent) const { return agents().contains(agent); }
    // getContext + formatForPrompt + estimateTokens + attention, as one module with everything listed.
    ContextModule build(SqlSession &session, const ContextRequest &request) const;
    // The built module showing `data` (its own, or the items of one part of a split run) at `detail`.
    ContextModule shown(const ContextModule &built, const nlohmann::json &data, const ContextRequest &request,
                        ContextDetail detail) const;
    // The same with `shownData` already at `detail` (ContextLists::atDetail applied).
    ContextModule rendered(const ContextModule &built, nlohmann::json shownData, const ContextRequest &request,
                           ContextDetail detail) const;
};
