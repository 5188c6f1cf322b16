#include "tools/writememorytool.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString WriteMemoryTool::name() const
{
    return u"write_memory"_s;
}

QString WriteMemoryTool::description() const
{
    return u"Record an observation or pattern for the Office Manager to keep in mind, about a person, a location or "
           "the whole business, with your confidence. Writing about the same thing again updates it."_s;
}

json WriteMemoryTool::parameters() const
{
    return {{"type", "object"},
            {"properties",
             {{"scope", {{"type", "string"}, {"enum", {"user", "location", "global"}}}},
              {"userId", {{"type", "string"}, {"format", "uuid"}}},
              {"locationId", {{"type", "string"}, {"format", "uuid"}}},
              {"memoryType", {{"type", "string"}, {"enum", {"pattern", "preference", "observation", "performance"}}}},
              {"content", {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}}},
              {"confidence", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}},
              {"expiresInDays", {{"type", "integer"}, {"minimum", 1}, {"maximum", 365}}}}},
            {"required", {"scope", "memoryType", "content", "confidence"}},
            {"additionalProperties", false}};
}

QString WriteMemoryTool::targetUserId(const json &arguments) const
{
    return stringArgument(arguments, "scope") == u"user"_s ? stringArgument(arguments, "userId") : QString();
}

QStringList WriteMemoryTool::checkBusinessRules(SqlSession &session, const json &arguments, const ToolContext &) const
{
    const QString scope = stringArgument(arguments, "scope");
    if (scope == u"user"_s) {
        if (stringArgument(arguments, "userId").isEmpty())
            return {u"userId is required for a memory about a person."_s};
        if (!session
                 .scalar(u"SELECT EXISTS (SELECT 1 FROM users WHERE id = ?::uuid)"_s,
                         {stringArgument(arguments, "userId")})
                 .toBool())
            return {u"No person has the id %1: use an id from the context."_s.arg(stringArgument(arguments, "userId"))};
    }
    if (scope == u"location"_s) {
        if (stringArgument(arguments, "locationId").isEmpty())
            return {u"locationId is required for a memory about a location."_s};
        if (!session
                 .scalar(u"SELECT EXISTS (SELECT 1 FROM locations WHERE id = ?::uuid)"_s,
                         {stringArgument(arguments, "locationId")})
                 .toBool())
            return {u"No location has the id %1: use an id from the context."_s.arg(
                stringArgument(arguments, "locationId"))};
    }
    return {};
}

ToolEffect WriteMemoryTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString scope = stringArgument(arguments, "scope");
    const QString user = scope == u"user"_s ? stringArgument(arguments, "userId") : QString();
    const QString location = scope == u"location"_s ? stringArgument(arguments, "locationId") : QString();
    const QString type = stringArgument(arguments, "memoryType");
    const QString content = stringArgument(arguments, "content");
    const double confidence = arguments.at("confidence").get<double>();
    const QVariant days =
        arguments.contains("expiresInDays") ? QVariant(arguments["expiresInDays"].get<int>()) : QVariant();
    const auto orNull = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    // The same subject and type (and, business-wide, the same words) is the same memory observed again.
    const QVariant existing = session.scalar(
        u"SELECT id FROM ai_memory WHERE scope::text = ? AND memory_type = ? AND is_active "
        "AND user_id IS NOT DISTINCT FROM ?::uuid AND location_id IS NOT DISTINCT FROM ?::uuid "
        "AND (scope::text <> 'global' OR lower(content) = lower(?)) ORDER BY updated_at DESC LIMIT 1 FOR UPDATE"_s,
        {scope, type, orNull(user), orNull(location), content});
    ToolEffect effect;
    effect.targetUserId = user;
    // Observed and expiring on the run's clock: what the agent reads back is judged against that clock too.
    const QString now = SqlSession::timestamp(context.now());
    QString id;
    if (existing.isNull()) {
        id = session
                 .scalar(
                     u"INSERT INTO ai_memory (scope, user_id, location_id, memory_type, content, confidence, "
                     "last_observed_at, expires_at, created_by_run_id) VALUES (?::ai_memory_scope, ?::uuid, "
                     "?::uuid, ?, ?, ?, ?::timestamptz, ?::timestamptz + make_interval(days => ?::int), ?::uuid) "
                     "RETURNING id"_s,
                     {scope, orNull(user), orNull(location), type, content, confidence, now, now, days, context.runId})
                 .toString();
    } else {
        id = existing.toString();
        session.exec(u"UPDATE ai_memory SET content = ?, confidence = ?, observation_count = observation_count + 1, "
                     "last_observed_at = ?::timestamptz, expires_at = ?::timestamptz + make_interval(days => ?::int), "
                     "updated_at = now() WHERE id = ?::uuid"_s,
                     {content, confidence, now, now, days, id});
    }
    const int observations =
        session.scalar(u"SELECT observation_count FROM ai_memory WHERE id = ?::uuid"_s, {id}).toInt();
    effect.result = {
        {"memoryId", id.toStdString()}, {"isUpdate", !existing.isNull()}, {"observationCount", observations}};
    return effect;
}

QString WriteMemoryTool::formatResult(const ToolEffect &effect) const
{
    return effect.result["isUpdate"].get<bool>()
               ? u"Memory %1 updated (%2 observations)."_s
                     .arg(QString::fromStdString(effect.result["memoryId"].get<std::string>()))
                     .arg(effect.result["observationCount"].get<int>())
               : u"Memory %1 recorded."_s.arg(QString::fromStdString(effect.result["memoryId"].get<std::string>()));
}
