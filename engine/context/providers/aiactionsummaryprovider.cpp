#include "context/providers/aiactionsummaryprovider.h"

#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

using ProviderUtil::str;
using ProviderUtil::text;

QString AiActionSummaryProvider::moduleId() const
{
    return u"ai-action-summary"_s;
}

QString AiActionSummaryProvider::moduleName() const
{
    return u"Office Manager Activity"_s;
}

QString AiActionSummaryProvider::description() const
{
    return u"What the Office Manager did over the analysis window: by tool, executed, blocked and failed; tokens and cost."_s;
}

bool AiActionSummaryProvider::isEnabled(SqlSession &session, const ContextRequest &) const
{
    return ProviderUtil::tableExists(session, u"ai_actions"_s);
}

json AiActionSummaryProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const AnalysisWindow window = AnalysisWindow::of(request);
    const QVariantList params{Agents::id(Agent::OfficeManager), SqlSession::timestamp(window.fromUtc),
                              SqlSession::timestamp(window.toUtc)};
    // The agent as text: the enum may hold values this build does not know, and those rows are simply not ours.
    const QString actions = u"FROM ai_actions a WHERE a.agent::text = ? AND a.created_at >= ?::timestamptz "
                            "AND a.created_at < ?::timestamptz"_s;
    // What followed: of the executed actions aimed at a person, after how many did that person clock in or complete
    // a task within the next two hours. A rough signal, but the one the optimizer can learn from.
    const QString followed =
        u"a.executed AND a.target_user_id IS NOT NULL AND ("
        "EXISTS (SELECT 1 FROM time_entries e WHERE e.user_id = a.target_user_id AND e.clock_in > a.created_at "
        "AND e.clock_in <= a.created_at + interval '2 hours') OR "
        "EXISTS (SELECT 1 FROM task_completions c WHERE c.completed_by = a.target_user_id AND c.completed_at > "
        "a.created_at "
        "AND c.completed_at <= a.created_at + interval '2 hours'))"_s;
    const SqlRows tools = session.select(
        u"SELECT a.tool_name, count(*), count(*) FILTER (WHERE a.executed), "
        "count(*) FILTER (WHERE a.blocked_reason IS NOT NULL), count(*) FILTER (WHERE a.error IS NOT NULL), "
        "count(*) FILTER (WHERE a.executed AND a.target_user_id IS NOT NULL), count(*) FILTER (WHERE %2) "
        "%1 GROUP BY a.tool_name ORDER BY count(*) DESC, a.tool_name NULLS LAST"_s.arg(actions, followed),
        params);
    json byTool = json::array();
    for (const QVariantList &row : tools.rows) {
        // A row without a tool is a run that decided to do nothing (or failed before choosing).
        byTool.push_back({{"tool", row.at(0).isNull() ? json(nullptr) : json(text(row.at(0)))},
                          {"total", row.at(1).toInt()},
                          {"executed", row.at(2).toInt()},
                          {"blocked", row.at(3).toInt()},
                          {"errors", row.at(4).toInt()},
                          {"targeted", row.at(5).toInt()},
                          {"followedUp", row.at(6).toInt()}});
    }
    const SqlRows totals = session.select(
        u"SELECT count(*), count(DISTINCT a.run_id), count(*) FILTER (WHERE a.executed), "
        "count(*) FILTER (WHERE a.blocked_reason IS NOT NULL), count(*) FILTER (WHERE a.error IS NOT NULL), "
        "coalesce(sum(a.tokens_used), 0), coalesce(sum(a.cost_cents), 0) %1"_s.arg(actions),
        params);
    const QVariantList &t = totals.rows.at(0);
    return {{"window", window.toJson()},
            {"tools", byTool},
            {"totals",
             {{"actions", t.at(0).toInt()},
              {"runs", t.at(1).toInt()},
              {"executed", t.at(2).toInt()},
              {"blocked", t.at(3).toInt()},
              {"errors", t.at(4).toInt()},
              {"tokens", t.at(5).toLongLong()},
              {"costCents", t.at(6).toLongLong()}}}};
}

QString AiActionSummaryProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto count = [](const json &value) { return QString::number(value.get<qint64>()); };
    const json &window = data["window"];
    const json &totals = data["totals"];
    QStringList lines;
    lines << u"## Office Manager activity (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                                     str(window["lastDay"]));
    lines << u"%1 actions in %2 runs: %3 executed, %4 blocked, %5 errors; %6 tokens, %7 cents."_s
                 .arg(totals["actions"].get<int>())
                 .arg(totals["runs"].get<int>())
                 .arg(totals["executed"].get<int>())
                 .arg(totals["blocked"].get<int>())
                 .arg(totals["errors"].get<int>())
                 .arg(totals["tokens"].get<qint64>())
                 .arg(totals["costCents"].get<qint64>());
    for (const json &tool : data["tools"]) {
        // Tool names come from a model's answer: anything but a plain identifier is shown as data.
        const QString name = tool["tool"].is_string() ? ProviderUtil::label(str(tool["tool"])) : u"(no tool)"_s;
        // One arg() call: a tool name may contain "%1", which a chained arg() would substitute again.
        QString line = u"- %1: %2 calls, %3 executed, %4 blocked, %5 errors"_s.arg(
            name, count(tool["total"]), count(tool["executed"]), count(tool["blocked"]), count(tool["errors"]));
        if (tool["targeted"].get<int>() > 0)
            line += u"; the person acted (clocked in or finished a task) within 2 h after %1 of %2"_s.arg(
                count(tool["followedUp"]), count(tool["targeted"]));
        lines << line;
    }
    return lines.join(u'\n');
}

QMap<QString, int> AiActionSummaryProvider::attention(const json &data) const
{
    return {{u"errors"_s, data["totals"]["errors"].get<int>()}};
}
