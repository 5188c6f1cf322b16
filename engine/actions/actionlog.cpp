#include "actions/actionlog.h"

#include "db/dberror.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// Exactly the expression of the index mentats_ai_actions_status_created_at_idx (migration 0012).
const QString kStatus =
    u"CASE WHEN a.tool_name IS NULL THEN 'observation' ELSE coalesce(a.execution_result ->> 'status', CASE "
    "WHEN a.executed THEN 'executed' WHEN a.error IS NOT NULL THEN 'failed' WHEN a.blocked_reason IS NOT NULL "
    "THEN 'blocked' ELSE 'unknown' END) END"_s;

// What the text search looks in: exactly the expression of the trigram index mentats_ai_actions_search_idx (migration
// 0018), so that a search for a rare fragment reads the few rows that have it. Immutable, as an index needs:
// concat_ws would skip the separators of empty parts but is only stable.
const QString kSearchText = u"(coalesce(a.reasoning, '') || ' ' || coalesce(a.tool_params::text, '') || ' ' || "
                            "coalesce(a.blocked_reason, '') || ' ' || coalesce(a.error, ''))"_s;

json parsed(const QVariant &value)
{
    if (value.isNull())
        return nullptr;
    return json::parse(value.toString().toStdString(), nullptr, false);
}

// created_at as epoch milliseconds (SqlTimestamp::fromEpochMillis): an export reads 100,000 of them. Without the
// payload, NULL for the parameters and the result.
QString select(ActionLog::Filter::Payload payload = ActionLog::Filter::Payload::Parsed)
{
    return u"SELECT a.id::text, "_s + SqlTimestamp::epochMillisSql(u"a.created_at"_s) + u", a.agent::text, "_s +
           kStatus + u", a.tool_name, a.target_user_id::text, u.name, a.run_id::text, a.reasoning, "_s +
           (payload != ActionLog::Filter::Payload::None ? u"a.tool_params::text, a.execution_result::text"_s
                                                        : u"NULL, NULL"_s) +
           u", coalesce(a.blocked_reason, a.error), a.created_task_id::text, a.created_message_id::text, "
           "coalesce(a.context_tokens, 0), a.created_at::text FROM ai_actions a "
           "LEFT JOIN users u ON u.id = a.target_user_id "_s;
}

ActionLog::Entry toEntry(const QVariantList &row,
                         ActionLog::Filter::Payload payload = ActionLog::Filter::Payload::Parsed)
{
    ActionLog::Entry e;
    e.id = row.at(0).toString();
    e.createdAt = SqlTimestamp::fromEpochMillis(row.at(1));
    e.agent = Agents::fromId(row.at(2).toString()).value_or(Agent::OfficeManager);
    e.status = row.at(3).toString();
    e.toolName = row.at(4).toString();
    e.targetUserId = row.at(5).toString();
    e.targetName = row.at(6).toString();
    e.runId = row.at(7).toString();
    e.reasoning = row.at(8).toString();
    if (payload == ActionLog::Filter::Payload::Text) {
        e.parametersText = row.at(9).toString();
        e.resultText = row.at(10).toString();
    } else {
        e.parameters = parsed(row.at(9));
        e.result = parsed(row.at(10));
    }
    e.reason = row.at(11).toString();
    e.createdTaskId = row.at(12).toString();
    e.createdMessageId = row.at(13).toString();
    e.contextTokens = row.at(14).toInt();
    e.cursor = row.at(15).toString();
    return e;
}

} // namespace

const QString &ActionLog::statusSql()
{
    return kStatus;
}

const QStringList &ActionLog::statuses()
{
    static const QStringList names = {u"executed"_s, u"dry_run"_s, u"blocked"_s,    u"awaiting_approval"_s,
                                      u"invalid"_s,  u"failed"_s,  u"observation"_s};
    return names;
}

ActionLog::Where ActionLog::where(const Filter &filter)
{
    if (!filter.status.isEmpty() && !statuses().contains(filter.status))
        throw DbError(DbError::Kind::Usage,
                      u"The status must be one of %1, not \"%2\"."_s.arg(statuses().join(u", "_s), filter.status));
    Where w;
    const auto add = [&w](const QString &condition, const QVariant &value) {
        w.conditions << condition;
        w.params << value;
    };
    if (filter.agent)
        add(u"a.agent = ?::ai_agent"_s, Agents::id(*filter.agent));
    if (filter.since.isValid())
        add(u"a.created_at >= ?::timestamptz"_s, SqlSession::timestamp(filter.since));
    if (filter.until.isValid())
        add(u"a.created_at < ?::timestamptz"_s, SqlSession::timestamp(filter.until));
    if (!filter.status.isEmpty())
        add(kStatus + u" = ?"_s, filter.status);
    if (!filter.toolName.isEmpty())
        add(u"a.tool_name = ?"_s, filter.toolName);
    if (!filter.userId.isEmpty())
        add(u"a.target_user_id::text = ?"_s, filter.userId);
    if (!filter.runId.isEmpty())
        add(u"a.run_id::text = ?"_s, filter.runId);
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        add(kSearchText + u" ILIKE ?"_s, QVariant(u"%"_s + pattern + u"%"_s));
    }
    return w;
}

QString ActionLog::Where::sql() const
{
    return conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
}

qint64 ActionLog::count(SqlSession &session, const Filter &filter)
{
    const Where w = where(filter);
    return session.scalar(u"SELECT count(*) FROM ai_actions a "_s + w.sql(), w.params).toLongLong();
}

QString ActionLog::statusLabel(const QString &status)
{
    if (status == u"executed"_s)
        return QObject::tr("Executed");
    if (status == u"dry_run"_s)
        return QObject::tr("Dry run");
    if (status == u"blocked"_s)
        return QObject::tr("Blocked");
    if (status == u"awaiting_approval"_s)
        return QObject::tr("Awaiting approval");
    if (status == u"invalid"_s)
        return QObject::tr("Invalid");
    if (status == u"failed"_s)
        return QObject::tr("Failed");
    if (status == u"observation"_s)
        return QObject::tr("Observation");
    return status;
}

QList<ActionLog::Entry> ActionLog::page(SqlSession &session, const Filter &filter)
{
    Where w = where(filter);
    QStringList &where = w.conditions;
    QVariantList &params = w.params;
    if (!filter.afterCursor.isEmpty()) {
        where << u"(a.created_at, a.id) < (?::timestamptz, ?::uuid)"_s;
        params << filter.afterCursor << filter.afterId;
    }
    const bool newer = !filter.newerThanCursor.isEmpty();
    if (newer) {
        where << u"(a.created_at, a.id) > (?::timestamptz, ?::uuid)"_s;
        params << filter.newerThanCursor << filter.newerThanId;
    }
    const SqlRows rows = session.select(
        select(filter.payload) + u"%1 ORDER BY a.created_at %2, a.id %2 LIMIT %3"_s.arg(
                                     where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s),
                                     newer ? u"ASC"_s : u"DESC"_s, QString::number(std::clamp(filter.limit, 1, 10000))),
        params);
    QList<Entry> entries;
    entries.reserve(rows.rows.size());
    for (const QVariantList &row : rows.rows)
        entries << toEntry(row, filter.payload);
    return entries;
}

ActionLog::Details ActionLog::details(SqlSession &session, const QString &actionId)
{
    const SqlRows rows = session.select(select() + u"WHERE a.id::text = ?"_s, {actionId});
    if (rows.isEmpty())
        throw DbError(DbError::Kind::Usage, QObject::tr("There is no action with the id %1.").arg(actionId));
    Details d;
    d.entry = toEntry(rows.rows.front());
    d.contextSnapshot =
        parsed(session.scalar(u"SELECT context_snapshot::text FROM ai_actions WHERE id::text = ?"_s, {actionId}));
    const SqlRows run = session.select(
        u"SELECT status, trigger, coalesce(provider, ''), coalesce(model, ''), input_tokens, output_tokens, "
        "coalesce(cost_usd::text, ''), coalesce(system_prompt, ''), coalesce(user_message, ''), rounds::text "
        "FROM mentats_runs WHERE id::text = ?"_s,
        {d.entry.runId});
    if (!run.isEmpty()) {
        const QVariantList &r = run.rows.front();
        d.runStatus = RunStatuses::fromText(r.at(0).toString());
        d.runTrigger = r.at(1).toString();
        d.provider = r.at(2).toString();
        d.model = r.at(3).toString();
        d.inputTokens = r.at(4).toLongLong();
        d.outputTokens = r.at(5).toLongLong();
        d.costUsd = r.at(6).toString();
        d.systemPrompt = r.at(7).toString();
        d.userMessage = r.at(8).toString();
        d.rounds = parsed(r.at(9));
    }
    for (const QVariantList &row :
         session.select(select() + u"WHERE a.run_id::text = ? ORDER BY a.created_at, a.id"_s, {d.entry.runId}).rows)
        d.runActions << toEntry(row);
    return d;
}

QList<ActionLog::Person> ActionLog::people(SqlSession &session)
{
    QList<Person> people;
    for (const QVariantList &row :
         session
             .select(u"SELECT u.id::text, u.name FROM users u WHERE EXISTS (SELECT 1 FROM ai_actions a "
                     "WHERE a.target_user_id = u.id) ORDER BY u.name"_s)
             .rows)
        people << Person{row.at(0).toString(), row.at(1).toString()};
    return people;
}
