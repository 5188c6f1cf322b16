#pragma once

#include "tools/toolcalloutcome.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <memory>

class SqlSession;
class Tool;

// What the Revenue Optimizer has taught a small business, for the knowledge store's and the Policies & Memory page's
// tests: people (Maria the admin, Ana, Ben, and Carla with no memories), places (Harbor, Hilltop, and a Warehouse
// with none) and seven memories whose content starts with a label A-G — newest observation first:
//   A Ana, pattern, 0.80, expires in 3 days      B Ben, preference, 0.60, never expires
//   C Harbor, pattern, 0.90, expires in 30 days  D Hilltop, observation, 0.40, expired a day ago
//   E business-wide, performance, 0.70, never    F Ana, preference, 0.95, switched off, never
//   G Harbor, observation, 0.50, expires in 6 days
// Expiries and observations are relative to now(). Expects a migrated database.
class KnowledgeFixture
{
public:
    static QDateTime now(); // 2026-03-10 12:00 UTC

    explicit KnowledgeFixture(SqlSession &session);

    // "maria", "ana", "ben", "harbor", "hilltop" → id.
    QString id(const QString &key) const { return m_ids.value(key); }

    static QString addUser(SqlSession &session, const QString &name, const QString &role = QStringLiteral("staff"));
    static QString addLocation(SqlSession &session, const QString &name);
    // A finished run of `agent` in mentats_runs.
    static QString addRun(SqlSession &session, const QString &agent, const QDateTime &startedAt);
    // One call of `tool` by the Revenue Optimizer's run `runId`, through the real executor (validation, kill switch,
    // the ai_actions row in the effect's transaction). The agent must be enabled.
    static ToolCallOutcome call(SqlSession &session, const std::shared_ptr<const Tool> &tool, const QString &runId,
                                const QDateTime &runStartedAt, const nlohmann::json &arguments);

private:
    QHash<QString, QString> m_ids;
};
