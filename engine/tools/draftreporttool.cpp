#include "tools/draftreporttool.h"

#include "db/sqlsession.h"
#include "tools/managers.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
QVariant dateOrNull(const json &arguments, const char *key)
{
    const QString text = Tool::stringArgument(arguments, key);
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

QString DraftReportTool::name() const
{
    return u"draft_report"_s;
}

QString DraftReportTool::description() const
{
    return u"Write a report for the managers: what the period's history shows (with the figures) and what you "
           "recommend. It is kept in the console's Reports page and every admin and manager gets a direct message "
           "with its title and summary. One report per night is plenty."_s;
}

json DraftReportTool::parameters() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"title", {{"type", "string"}, {"minLength", 5}, {"maxLength", 120}}},
          {"summary",
           {{"type", "string"}, {"minLength", 20}, {"maxLength", 600}, {"description", "Two or three sentences."}}},
          {"body",
           {{"type", "string"}, {"minLength", 50}, {"maxLength", 20000}, {"description", "The report, in Markdown."}}},
          {"periodStart", {{"type", "string"}, {"format", "date"}}},
          {"periodEnd", {{"type", "string"}, {"format", "date"}}}}},
        {"required", {"title", "summary", "body"}},
        {"additionalProperties", false}};
}

QStringList DraftReportTool::checkBusinessRules(SqlSession &session, const json &arguments,
                                                const ToolContext &context) const
{
    QStringList problems;
    const QDate start = QDate::fromString(stringArgument(arguments, "periodStart"), Qt::ISODate);
    const QDate end = QDate::fromString(stringArgument(arguments, "periodEnd"), Qt::ISODate);
    if (start.isValid() && end.isValid() && start > end)
        problems << u"periodStart must not be after periodEnd."_s;
    if (Managers::active(session, context.aiSystemUserId).isEmpty())
        problems << u"There is no active admin or manager to deliver a report to."_s;
    return problems;
}

ToolEffect DraftReportTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    const QString title = stringArgument(arguments, "title");
    const QString summary = stringArgument(arguments, "summary");
    const QString id =
        session
            .scalar(u"INSERT INTO mentats_reports (agent, run_id, title, summary, body, period_start, "
                    "period_end) VALUES (?, ?::uuid, ?, ?, ?, ?::date, ?::date) RETURNING id::text"_s,
                    {Agents::id(context.agent), context.runId, title, summary, stringArgument(arguments, "body"),
                     dateOrNull(arguments, "periodStart"), dateOrNull(arguments, "periodEnd")})
            .toString();
    const QString text =
        u"New report from the %1: %2\n\n%3\n\nThe full report is in Mentats Console, under Reports."_s.arg(
            Agents::displayName(context.agent), title, summary);
    const Managers::Delivery delivery =
        Managers::message(session, context.aiSystemUserId, text, u"New report: "_s + title);
    ToolEffect effect;
    effect.createdMessageId = delivery.firstMessageId;
    effect.result = {{"reportId", id.toStdString()}, {"recipients", delivery.recipients}};
    return effect;
}

QString DraftReportTool::formatResult(const ToolEffect &effect) const
{
    return u"Report %1 saved and announced to %2 manager(s)."_s
        .arg(QString::fromStdString(effect.result["reportId"].get<std::string>()))
        .arg(effect.result["recipients"].size());
}
