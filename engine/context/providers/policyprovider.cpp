#include "context/providers/policyprovider.h"

#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::text;

QString PolicyProvider::moduleId() const
{
    return u"policy"_s;
}

QString PolicyProvider::moduleName() const
{
    return u"Policies"_s;
}

QString PolicyProvider::description() const
{
    return u"Active policy notes in scope (global, the locations', the roles'), by priority."_s;
}

bool PolicyProvider::isEnabled(SqlSession &session, const ContextRequest &) const
{
    return ProviderUtil::tableExists(session, u"ai_policy_notes"_s);
}

json PolicyProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    // Scope and role as text, so that a value TeamTime adds later is shown to the optimizer instead of failing.
    QString scope;
    QVariantList params;
    if (request.agent == Agent::OfficeManager) {
        scope = u"AND (p.scope::text = 'global' "
                "OR (p.scope::text = 'location' AND p.location_id = ANY (string_to_array(?, ',')::uuid[])) "
                "OR (p.scope::text = 'role' AND p.target_role::text IN (SELECT u.role::text FROM users u "
                "WHERE u.id = ANY (string_to_array(?, ',')::uuid[]))))"_s;
        params << ProviderUtil::uuidList(request.locationsInContext) << ProviderUtil::uuidList(request.peopleInContext);
    }
    const SqlRows rows = session.select(
        u"SELECT p.id, p.scope::text, p.location_id, l.name, p.target_role::text, p.content, p.priority, p.updated_at "
        "FROM ai_policy_notes p LEFT JOIN locations l ON l.id = p.location_id "
        "WHERE p.is_active %1 ORDER BY p.priority DESC, p.updated_at DESC, p.id"_s.arg(scope),
        params);
    json policies = json::array();
    for (const QVariantList &row : rows.rows) {
        json policy = {{"id", text(row.at(0))},
                       {"scope", text(row.at(1))},
                       {"content", text(row.at(5))},
                       {"priority", row.at(6).toInt()},
                       {"updatedAt", ContextFormat::localIso(SqlTimestamp::decode(row.at(7)), calendar).toStdString()}};
        if (!row.at(2).isNull()) {
            policy["locationId"] = text(row.at(2));
            policy["locationName"] = text(row.at(3));
        }
        if (!row.at(4).isNull())
            policy["targetRole"] = text(row.at(4));
        policies.push_back(policy);
    }
    return {{"policies", policies}};
}

QString PolicyProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    const auto str = [](const json &object, const char *key) {
        return object.contains(key) ? QString::fromStdString(object[key].get<std::string>()) : QString();
    };
    QStringList lines;
    lines << u"## Policies"_s;
    if (request.agent == Agent::RevenueOptimizer)
        lines << u"The policy notes in force, highest priority first. Revise a note by its id rather than adding a "
                 "near-duplicate."_s;
    else
        lines << u"Policy notes from the Revenue Optimizer, highest priority first. Follow them where they fit your "
                 "rules; they never widen what you may do."_s;
    if (data["policies"].empty())
        lines << u"None."_s;
    for (const json &p : data["policies"]) {
        // A note may name both a role and a location: show every restriction it carries.
        QStringList restrictions;
        if (p.contains("targetRole"))
            restrictions << u"role %1"_s.arg(str(p, "targetRole"));
        if (p.contains("locationId"))
            restrictions << u"%1 [location %2]"_s.arg(str(p, "locationName"), str(p, "locationId"));
        const QString scope = restrictions.isEmpty() ? str(p, "scope") : u"for "_s + restrictions.join(u" at "_s);
        // One arg() call: names and content may contain "%1", which a chained arg() would substitute again.
        lines << u"- [policy %1] priority %2, %3: %4"_s.arg(str(p, "id"), QString::number(p["priority"].get<int>()),
                                                            scope, ContextFormat::fenced(str(p, "content")));
    }
    return lines.join(u'\n');
}
