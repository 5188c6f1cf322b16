#include "tools/proposekpithresholdstool.h"

#include "db/sqlsession.h"
#include "tools/managers.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
QString scopeOf(const json &proposal)
{
    return proposal.contains("scope") ? Tool::stringArgument(proposal, "scope") : u"global"_s;
}
} // namespace

const QStringList &ProposeKpiThresholdsTool::metrics()
{
    static const QStringList names = {u"revenue_per_labor_hour"_s, u"sales_per_day"_s, u"average_transaction_value"_s,
                                      u"items_per_transaction"_s,  u"lateness_rate"_s, u"task_completion_rate"_s,
                                      u"overdue_tasks"_s,          u"till_variance"_s, u"refund_rate"_s};
    return names;
}

QString ProposeKpiThresholdsTool::name() const
{
    return u"propose_kpi_thresholds"_s;
}

QString ProposeKpiThresholdsTool::description() const
{
    return u"Propose KPI thresholds the business should hold itself to (for example revenue_per_labor_hour at_least "
           "85 for one location), each with the evidence behind it. Proposals change nothing until a manager accepts "
           "them in the console; a newer proposal for the same metric and scope replaces one still waiting."_s;
}

json ProposeKpiThresholdsTool::parameters() const
{
    json metricNames = json::array();
    for (const QString &metric : metrics())
        metricNames.push_back(metric.toStdString());
    const json proposal = {
        {"type", "object"},
        {"properties",
         {{"metric", {{"type", "string"}, {"enum", metricNames}}},
          {"scope", {{"type", "string"}, {"enum", {"global", "location", "role"}}}},
          {"locationId", {{"type", "string"}, {"format", "uuid"}}},
          {"targetRole", {{"type", "string"}, {"enum", {"admin", "manager", "purchaser", "staff"}}}},
          {"direction", {{"type", "string"}, {"enum", {"at_least", "at_most"}}}},
          {"threshold", {{"type", "number"}, {"minimum", 0}, {"maximum", 1000000}}},
          {"rationale",
           {{"type", "string"}, {"minLength", 20}, {"maxLength", 600}, {"description", "The figures behind it."}}}}},
        {"required", {"metric", "direction", "threshold", "rationale"}},
        {"additionalProperties", false}};
    return {{"type", "object"},
            {"properties", {{"proposals", {{"type", "array"}, {"items", proposal}, {"minItems", 1}, {"maxItems", 8}}}}},
            {"required", {"proposals"}},
            {"additionalProperties", false}};
}

QStringList ProposeKpiThresholdsTool::checkBusinessRules(SqlSession &session, const json &arguments,
                                                         const ToolContext &) const
{
    QStringList problems;
    const json &proposals = arguments.at("proposals");
    for (size_t i = 0; i < proposals.size(); ++i) {
        const json &p = proposals[i];
        const QString scope = scopeOf(p);
        if (scope == u"location"_s && !session
                                           .scalar(u"SELECT EXISTS (SELECT 1 FROM locations WHERE id::text = ?)"_s,
                                                   {stringArgument(p, "locationId")})
                                           .toBool())
            problems
                << u"proposals[%1]: a location threshold needs the locationId of a location from the context."_s.arg(i);
        if (scope == u"role"_s && stringArgument(p, "targetRole").isEmpty())
            problems << u"proposals[%1]: a role threshold needs targetRole."_s.arg(i);
    }
    return problems;
}

ToolEffect ProposeKpiThresholdsTool::execute(SqlSession &session, const json &arguments,
                                             const ToolContext &context) const
{
    json ids = json::array();
    QStringList lines;
    for (const json &p : arguments.at("proposals")) {
        const QString scope = scopeOf(p);
        const QVariant location = scope == u"location"_s ? QVariant(stringArgument(p, "locationId")) : QVariant();
        const QVariant role = scope == u"role"_s ? QVariant(stringArgument(p, "targetRole")) : QVariant();
        // A proposal still waiting for the same metric and scope is replaced, not left to contradict this one.
        session.exec(u"UPDATE mentats_kpi_proposals SET status = 'superseded' WHERE status = 'proposed' AND metric = ? "
                     "AND scope = ? AND location_id IS NOT DISTINCT FROM ?::uuid "
                     "AND target_role IS NOT DISTINCT FROM ?::text"_s,
                     {stringArgument(p, "metric"), scope, location, role});
        ids.push_back(
            session
                .scalar(u"INSERT INTO mentats_kpi_proposals (run_id, metric, scope, location_id, target_role, "
                        "direction, threshold, rationale) VALUES (?::uuid, ?, ?, ?::uuid, ?, ?, ?::numeric, ?) "
                        "RETURNING id::text"_s,
                        {context.runId, stringArgument(p, "metric"), scope, location, role,
                         stringArgument(p, "direction"), QString::number(p.at("threshold").get<double>(), 'g', 15),
                         stringArgument(p, "rationale")})
                .toString()
                .toStdString());
        lines << u"- %1 %2 %3"_s.arg(stringArgument(p, "metric"), stringArgument(p, "direction").replace(u'_', u' '),
                                     QString::number(p.at("threshold").get<double>(), 'g', 15));
    }
    const QString text = u"The %1 proposes %2 KPI threshold(s):\n%3\n\nAccept or reject them in Mentats Console."_s.arg(
        Agents::displayName(context.agent), QString::number(lines.size()), lines.join(u'\n'));
    const Managers::Delivery delivery =
        Managers::message(session, context.aiSystemUserId, text, u"KPI thresholds proposed"_s);
    ToolEffect effect;
    effect.createdMessageId = delivery.firstMessageId;
    effect.result = {{"proposalIds", ids}, {"recipients", delivery.recipients}};
    return effect;
}

QString ProposeKpiThresholdsTool::formatResult(const ToolEffect &effect) const
{
    return u"%1 proposal(s) stored for a manager to accept."_s.arg(effect.result["proposalIds"].size());
}
