#include "knowledgefixture.h"

#include "db/sqlsession.h"
#include "tools/toolexecutor.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

QDateTime KnowledgeFixture::now()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
}

KnowledgeFixture::KnowledgeFixture(SqlSession &s)
{
    m_ids[u"maria"_s] = addUser(s, u"Maria"_s, u"admin"_s);
    m_ids[u"ana"_s] = addUser(s, u"Ana"_s);
    m_ids[u"ben"_s] = addUser(s, u"Ben"_s);
    addUser(s, u"Carla"_s);
    m_ids[u"harbor"_s] = addLocation(s, u"Harbor"_s);
    m_ids[u"hilltop"_s] = addLocation(s, u"Hilltop"_s);
    addLocation(s, u"Warehouse"_s);
    struct Row
    {
        const char *content, *scope, *subject, *type;
        double confidence;
        bool active;
        int expiresInDays; // 0: never
    };
    const Row rows[] = {
        {"A: Ana is often late on Fridays.", "user", "ana", "pattern", 0.80, true, 3},
        {"B: Ben prefers morning shifts on sale days.", "user", "ben", "preference", 0.60, true, 0},
        {"C: Harbor till is short on Mondays.", "location", "harbor", "pattern", 0.90, true, 30},
        {"D: Hilltop opens late in winter.", "location", "hilltop", "observation", 0.40, true, -1},
        {"E: Sales dip after 100% markdown days.", "global", "", "performance", 0.70, true, 0},
        {"F: Ana covers for colleagues gladly.", "user", "ana", "preference", 0.95, false, 0},
        {"G: Harbor parking is full on_sale days.", "location", "harbor", "observation", 0.50, true, 6},
    };
    int hoursAgo = 0;
    for (const Row &r : rows) {
        const QString scope = QString::fromLatin1(r.scope);
        const QString subject = m_ids.value(QString::fromLatin1(r.subject));
        s.exec(u"INSERT INTO ai_memory (scope, user_id, location_id, memory_type, content, confidence, is_active, "
               "expires_at, last_observed_at) VALUES (?::ai_memory_scope, ?::uuid, ?::uuid, ?, ?, ?, ?, "
               "?::timestamptz, ?::timestamptz)"_s,
               {scope, scope == u"user"_s ? QVariant(subject) : QVariant(),
                scope == u"location"_s ? QVariant(subject) : QVariant(), QString::fromLatin1(r.type),
                QString::fromUtf8(r.content), r.confidence, r.active,
                r.expiresInDays ? QVariant(SqlSession::timestamp(now().addDays(r.expiresInDays))) : QVariant(),
                SqlSession::timestamp(now().addSecs(-3600 * ++hoursAgo))});
    }
}

QString KnowledgeFixture::addUser(SqlSession &s, const QString &name, const QString &role)
{
    return s
        .scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES (?, ?, 'x', ?, ?::user_role) "
                "RETURNING id::text"_s,
                {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), name, role})
        .toString();
}

QString KnowledgeFixture::addLocation(SqlSession &s, const QString &name)
{
    return s.scalar(u"INSERT INTO locations (name) VALUES (?) RETURNING id::text"_s, {name}).toString();
}

QString KnowledgeFixture::addRun(SqlSession &s, const QString &agent, const QDateTime &startedAt)
{
    return s
        .scalar(u"INSERT INTO mentats_runs (agent, trigger, status, started_at, finished_at) VALUES (?, 'manual', "
                "'completed', ?::timestamptz, ?::timestamptz) RETURNING id::text"_s,
                {agent, SqlSession::timestamp(startedAt), SqlSession::timestamp(startedAt.addSecs(40))})
        .toString();
}

ToolCallOutcome KnowledgeFixture::call(SqlSession &s, const std::shared_ptr<const Tool> &tool, const QString &runId,
                                       const QDateTime &runStartedAt, const nlohmann::json &arguments)
{
    const ToolExecutor executor({tool});
    const LlmToolCall llmCall{u"call-1"_s, tool->name(), arguments, {}, {}};
    ContextRequest request; // the business calendar on the system clock
    request.agent = Agent::RevenueOptimizer;
    const ToolContext context{runId, Agent::RevenueOptimizer, false, {}, &request};
    return executor.handle(s, llmCall, context, {runStartedAt, nlohmann::json::object(), 0, u"test"_s});
}
