#pragma once

#include "core/clock.h"
#include "tools/toolcontrolstore.h"

#include <QCoroTask>
#include <memory>

class Database;

// What managers tune per agent on the console's Tools & Context page: each tool's controls and each context
// provider's settings (ToolControlStore), saved with the manager in audit_logs, and the context the agent would be
// given now with settings not yet saved. Throws DbError.
class ToolControlService final
{
public:
    ToolControlService(Database &db, std::shared_ptr<const Clock> clock);

    QCoro::Task<ToolControlStore::Controls> load(Agent agent);
    // The changed rows only, in one transaction.
    QCoro::Task<void> save(Agent agent, QList<ToolControlStore::ToolControl> tools,
                           QList<ToolControlStore::ProviderControl> providers, QString managerUserId);
    // The context assembled as of the session's clock with `settings` (by module id) in place of the stored ones.
    QCoro::Task<AssembledContext> preview(Agent agent, QHash<QString, ProviderSettings> settings);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
