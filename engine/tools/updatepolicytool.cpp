#include "tools/updatepolicytool.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

QString UpdatePolicyTool::name() const
{
    return u"update_policy"_s;
}

QString UpdatePolicyTool::description() const
{
    return u"Create, rewrite or deactivate a policy note that steers the Office Manager: global, for one location, or "
           "for one role, with a priority from 1 to 100."_s;
}

json UpdatePolicyTool::parameters() const
{
    return {{"type", "object"},
            {"properties",
             {{"action", {{"type", "string"}, {"enum", {"create", "update", "deactivate"}}}},
              {"policyId", {{"type", "string"}, {"format", "uuid"}, {"description", "For update and deactivate."}}},
              {"scope", {{"type", "string"}, {"enum", {"global", "location", "role"}}}},
              {"locationId", {{"type", "string"}, {"format", "uuid"}}},
              {"targetRole", {{"type", "string"}, {"enum", {"admin", "manager", "purchaser", "staff"}}}},
              {"content", {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}}},
              {"priority", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}}}}},
            {"required", {"action"}},
            {"additionalProperties", false}};
}

QStringList UpdatePolicyTool::checkBusinessRules(SqlSession &session, const json &arguments, const ToolContext &) const
{
    const QString action = stringArgument(arguments, "action");
    if (action == u"create"_s) {
        QStringList problems;
        if (stringArgument(arguments, "content").isEmpty())
            problems << u"content is required to create a policy."_s;
        const QString scope =
            stringArgument(arguments, "scope").isEmpty() ? u"global"_s : stringArgument(arguments, "scope");
        if (scope == u"location"_s && !session
                                           .scalar(u"SELECT EXISTS (SELECT 1 FROM locations WHERE id::text = ?)"_s,
                                                   {stringArgument(arguments, "locationId")})
                                           .toBool())
            problems << u"A location policy needs the locationId of a location from the context."_s;
        if (scope == u"role"_s && stringArgument(arguments, "targetRole").isEmpty())
            problems << u"A role policy needs targetRole."_s;
        return problems;
    }
    const QString id = stringArgument(arguments, "policyId");
    if (id.isEmpty())
        return {u"policyId is required to %1 a policy."_s.arg(action)};
    if (!session.scalar(u"SELECT EXISTS (SELECT 1 FROM ai_policy_notes WHERE id::text = ? AND is_active)"_s, {id})
             .toBool())
        return {u"There is no active policy with the id %1."_s.arg(id)};
    if (action == u"update"_s && stringArgument(arguments, "content").isEmpty() && !arguments.contains("priority"))
        return {u"Say what to change: content, priority or both."_s};
    return {};
}

ToolEffect UpdatePolicyTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString action = stringArgument(arguments, "action");
    const QVariant priority = arguments.contains("priority") ? QVariant(arguments["priority"].get<int>()) : QVariant();
    QString id = stringArgument(arguments, "policyId");
    if (action == u"create"_s) {
        const QString scope =
            stringArgument(arguments, "scope").isEmpty() ? u"global"_s : stringArgument(arguments, "scope");
        id =
            session
                .scalar(
                    u"INSERT INTO ai_policy_notes (scope, location_id, target_role, content, priority, "
                    u"updated_by_run_id) "
                    "VALUES (?::ai_policy_scope, ?::uuid, ?::user_role, ?, coalesce(?::int, 50), ?::uuid) RETURNING id"_s,
                    {scope, scope == u"location"_s ? orNull(stringArgument(arguments, "locationId")) : QVariant(),
                     scope == u"role"_s ? orNull(stringArgument(arguments, "targetRole")) : QVariant(),
                     stringArgument(arguments, "content"), priority, context.runId})
                .toString();
    } else if (action == u"update"_s) {
        session.exec(
            u"UPDATE ai_policy_notes SET content = coalesce(?, content), priority = coalesce(?::int, priority), "
            "updated_by_run_id = ?::uuid, updated_at = now() WHERE id = ?::uuid"_s,
            {orNull(stringArgument(arguments, "content")), priority, context.runId, id});
    } else {
        session.exec(u"UPDATE ai_policy_notes SET is_active = false, updated_by_run_id = ?::uuid, updated_at = now() "
                     "WHERE id = ?::uuid"_s,
                     {context.runId, id});
    }
    ToolEffect effect;
    effect.result = {{"policyId", id.toStdString()}, {"action", action.toStdString()}};
    return effect;
}

QString UpdatePolicyTool::formatResult(const ToolEffect &effect) const
{
    const QString action = QString::fromStdString(effect.result["action"].get<std::string>());
    const QString done = action == u"create"_s ? u"created"_s : action == u"update"_s ? u"updated"_s : u"deactivated"_s;
    return u"Policy %1 %2."_s.arg(QString::fromStdString(effect.result["policyId"].get<std::string>()), done);
}
