#include "actions/actionwriter.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant orNull(const std::optional<nlohmann::json> &value)
{
    return value ? QVariant(QString::fromStdString(value->dump())) : QVariant();
}

template <typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// A row that brings its own time (the caller's clock) still comes after the run's previous row: a run's actions keep
// the order they were taken in even when the clock stands still between calls (tests, simulated time) or two share a
// millisecond.
const QString kStampedAt = u", greatest(?::timestamptz, (SELECT max(created_at) + interval '1 microsecond' "
                           "FROM ai_actions WHERE run_id = ?::uuid))"_s;

} // namespace

QString ActionWriter::append(SqlSession &session, const ActionRow &row)
{
    // created_at is left to its column default unless the row brings its own time.
    const bool stamped = row.createdAt.isValid();
    QVariantList values = {Agents::id(row.agent),
                           row.runId,
                           SqlSession::timestamp(row.runStartedAt),
                           QString::fromStdString(row.contextSnapshot.dump()),
                           orNull(row.contextTokens),
                           orNull(row.reasoning),
                           orNull(row.toolName),
                           orNull(row.toolParams),
                           row.executed,
                           orNull(row.executionResult),
                           orNull(row.blockedReason),
                           orNull(row.error),
                           row.targetUserId,
                           orNull(row.createdTaskId),
                           orNull(row.createdMessageId),
                           orNull(row.tokensUsed)};
    if (stamped)
        values << SqlSession::timestamp(row.createdAt) << row.runId;
    return session
        .scalar(u"INSERT INTO ai_actions (agent, run_id, run_started_at, context_snapshot, context_tokens, reasoning, "
                "tool_name, tool_params, executed, execution_result, blocked_reason, error, target_user_id, "
                "created_task_id, created_message_id, tokens_used%1) VALUES (?::ai_agent, ?::uuid, ?::timestamptz, "
                "?::jsonb, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, (SELECT id FROM users WHERE id::text = ?), ?::uuid, "
                "?::uuid, ?%2) RETURNING id::text"_s.arg(stamped ? u", created_at"_s : QString(),
                                                         stamped ? kStampedAt : QString()),
                values)
        .toString();
}
