#include "tools/toolexecutor.h"

#include "actions/actionwriter.h"
#include "config/agentsettingsstore.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString statusName(ToolCallOutcome::Status status)
{
    switch (status) {
    case ToolCallOutcome::Status::Executed:
        return u"executed"_s;
    case ToolCallOutcome::Status::DryRun:
        return u"dry_run"_s;
    case ToolCallOutcome::Status::Blocked:
        return u"blocked"_s;
    case ToolCallOutcome::Status::AwaitingApproval:
        return u"awaiting_approval"_s;
    case ToolCallOutcome::Status::Invalid:
        return u"invalid"_s;
    case ToolCallOutcome::Status::Failed:
        return u"failed"_s;
    }
    return {};
}

ToolExecutor::ToolExecutor(QList<std::shared_ptr<const Tool>> tools) : m_tools(std::move(tools)) {}

const Tool *ToolExecutor::find(const QString &name, Agent agent) const
{
    for (const auto &tool : m_tools) {
        if (tool->name() == name && tool->agent() == agent)
            return tool.get();
    }
    return nullptr;
}

QList<LlmToolSpec> ToolExecutor::specsFor(Agent agent) const
{
    QList<LlmToolSpec> specs;
    for (const auto &tool : m_tools) {
        if (tool->agent() == agent)
            specs << LlmToolSpec{tool->name(), tool->description(), tool->parameters()};
    }
    return specs;
}

QString ToolExecutor::controlsBlock(SqlSession &session, const Tool &tool, const ToolSettings &settings,
                                    const QString &target, const ToolContext &context) const
{
    const QString agent = Agents::id(context.agent);
    if (!context.dryRun && !AgentSettingsStore::enabled(session, context.agent))
        return u"kill switch: the %1 is disabled, so nothing it proposes runs."_s.arg(
            Agents::displayName(context.agent));
    if (!settings.enabled)
        return u"tool disabled: %1 is switched off for the %2."_s.arg(tool.name(), Agents::displayName(context.agent));
    // Cooldowns and the rate limit are judged on the run's clock, never the database server's.
    const QString now = SqlSession::timestamp(context.now());
    session.exec(u"DELETE FROM ai_cooldowns WHERE expires_at <= ?::timestamptz"_s, {now});
    if (settings.cooldown.perUserMinutes > 0 && !target.isEmpty()) {
        const QVariant until =
            session.scalar(u"SELECT max(expires_at) FROM ai_cooldowns WHERE agent::text = ? AND action_type = ? "
                           "AND user_id = ?::uuid AND expires_at > ?::timestamptz"_s,
                           {agent, tool.name(), target, now});
        if (!until.isNull())
            return u"cooldown: %1 was used for this person less than %2 minutes ago."_s.arg(tool.name())
                .arg(settings.cooldown.perUserMinutes);
    }
    if (settings.cooldown.globalMinutes > 0 &&
        !session
             .scalar(u"SELECT max(expires_at) FROM ai_cooldowns WHERE agent::text = ? AND action_type = ? "
                     "AND user_id IS NULL AND expires_at > ?::timestamptz"_s,
                     {agent, tool.name(), now})
             .isNull())
        return u"cooldown: %1 was used less than %2 minutes ago."_s.arg(tool.name())
            .arg(settings.cooldown.globalMinutes);
    if (settings.rateLimitPerHour) {
        const int used =
            session
                .scalar(u"SELECT count(*) FROM ai_actions WHERE agent::text = ? AND tool_name = ? AND executed "
                        "AND created_at > ?::timestamptz"_s,
                        {agent, tool.name(), SqlSession::timestamp(context.now().addSecs(-3600))})
                .toInt();
        if (used >= *settings.rateLimitPerHour)
            return u"rate limit: %1 already ran %2 times in the last hour (the limit)."_s.arg(tool.name()).arg(used);
    }
    return {};
}

QString ToolExecutor::logAction(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                                const ActionLogFields &log, const ToolCallOutcome &outcome) const
{
    using Status = ToolCallOutcome::Status;
    json result = outcome.effect.result;
    result["status"] = statusName(outcome.status).toStdString();
    ActionRow row;
    row.agent = context.agent;
    row.runId = context.runId;
    row.runStartedAt = log.runStartedAt;
    row.contextSnapshot = log.contextSnapshot;
    row.contextTokens = log.contextTokens;
    row.reasoning = log.reasoning;
    row.toolName = call.name;
    // Arguments the model sent that are no JSON object are kept as the text it sent.
    row.toolParams = call.hasValidArguments() ? call.arguments : json(call.rawArguments.toStdString());
    row.executed = outcome.status == Status::Executed;
    row.executionResult = result;
    if (outcome.status == Status::Blocked || outcome.status == Status::AwaitingApproval)
        row.blockedReason = outcome.reason;
    if (outcome.status == Status::Invalid || outcome.status == Status::Failed)
        row.error = outcome.reason;
    row.targetUserId = outcome.effect.targetUserId;
    row.createdTaskId = outcome.effect.createdTaskId;
    row.createdMessageId = outcome.effect.createdMessageId;
    row.createdAt = context.now(); // the call's instant: the rate limit and "today's actions" compare it
    return ActionWriter::append(session, row);
}

ToolCallOutcome ToolExecutor::handle(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                                     const ActionLogFields &log) const
{
    return process(session, call, context, log, false, {});
}

ToolCallOutcome ToolExecutor::handleApproved(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                                             const ActionLogFields &log, const AlsoInTransaction &also) const
{
    return process(session, call, context, log, true, also);
}

ToolCallOutcome ToolExecutor::process(SqlSession &session, const LlmToolCall &call, const ToolContext &runContext,
                                      const ActionLogFields &log, bool approved, const AlsoInTransaction &also) const
{
    // One instant for the whole call, from the run's clock: its checks, its effect, its log row and its cooldowns.
    ToolContext context = runContext;
    context.at = runContext.now();
    const QDateTime now = context.at;
    ToolCallOutcome outcome;
    const Tool *tool = find(call.name, context.agent);
    const auto finish = [&](ToolCallOutcome::Status status, const QString &reason) {
        outcome.status = status;
        outcome.reason = reason;
        outcome.isErrorForModel =
            status == ToolCallOutcome::Status::Invalid || status == ToolCallOutcome::Status::Failed;
        outcome.resultForModel = reason;
        session.transaction([&] {
            outcome.actionId = logAction(session, call, context, log, outcome);
            if (also)
                also(session, outcome);
        });
        return outcome;
    };
    if (!tool)
        return finish(ToolCallOutcome::Status::Invalid, u"There is no tool named \"%1\"."_s.arg(call.name));
    if (!call.hasValidArguments())
        return finish(
            ToolCallOutcome::Status::Invalid,
            u"The call could not be read (%1): send the arguments as a JSON object."_s.arg(call.argumentsError));
    const QStringList problems = tool->validate(session, call.arguments, context);
    if (!problems.isEmpty())
        return finish(ToolCallOutcome::Status::Invalid, problems.join(u' '));

    const QString target = tool->targetUserId(call.arguments);
    outcome.effect.targetUserId = target;
    const ToolSettings settings = ToolSettings::read(session, *tool);
    if (const QString blocked = controlsBlock(session, *tool, settings, target, context); !blocked.isEmpty())
        return finish(ToolCallOutcome::Status::Blocked, u"Not done: "_s + blocked);
    if (context.dryRun) {
        // A live run would have queued it for a manager: the dry run says so, for the inspector's verdict.
        outcome.effect.result = {{"dryRun", true},
                                 {"wouldCall", call.name.toStdString()},
                                 {"with", call.arguments},
                                 {"wouldNeedApproval", settings.requiresApproval}};
        return finish(
            ToolCallOutcome::Status::DryRun,
            settings.requiresApproval
                ? u"Dry run: recorded %1, which would wait for a manager's approval; nothing was sent."_s.arg(call.name)
                : u"Dry run: recorded what %1 would do; nothing was sent."_s.arg(call.name));
    }
    if (settings.requiresApproval && !approved) {
        // The log row and the queue entry together: never an "awaiting approval" nobody can approve.
        outcome.status = ToolCallOutcome::Status::AwaitingApproval;
        outcome.reason = outcome.resultForModel = u"Queued for a manager's approval; it has not happened yet."_s;
        session.transaction([&] {
            outcome.actionId = logAction(session, call, context, log, outcome);
            session.exec(
                u"INSERT INTO mentats_approvals (action_id, run_id, agent, tool_name, arguments, requested_at, "
                "expires_at) VALUES (?::uuid, ?::uuid, ?, ?, ?::jsonb, ?::timestamptz, ?::timestamptz)"_s,
                {outcome.actionId, context.runId, Agents::id(context.agent), call.name,
                 QString::fromStdString(call.arguments.dump()), SqlSession::timestamp(now),
                 SqlSession::timestamp(now.addSecs(qint64(kApprovalHours) * 3600))});
        });
        return outcome;
    }

    // The effect, its log row and its cooldowns: all or nothing.
    try {
        session.transaction([&] {
            outcome.effect = tool->execute(session, call.arguments, context);
            outcome.status = ToolCallOutcome::Status::Executed;
            outcome.resultForModel = tool->formatResult(outcome.effect);
            outcome.actionId = logAction(session, call, context, log, outcome);
            const QString agent = Agents::id(context.agent);
            if (settings.cooldown.perUserMinutes > 0 && !target.isEmpty())
                session.exec(u"INSERT INTO ai_cooldowns (agent, user_id, action_type, created_at, expires_at, reason, "
                             "ai_action_id) VALUES (?::ai_agent, ?::uuid, ?, ?::timestamptz, ?::timestamptz, "
                             "'per person', ?::uuid)"_s,
                             {agent, target, call.name, SqlSession::timestamp(now),
                              SqlSession::timestamp(now.addSecs(qint64(settings.cooldown.perUserMinutes) * 60)),
                              outcome.actionId});
            if (settings.cooldown.globalMinutes > 0)
                session.exec(
                    u"INSERT INTO ai_cooldowns (agent, action_type, created_at, expires_at, reason, "
                    "ai_action_id) VALUES (?::ai_agent, ?, ?::timestamptz, ?::timestamptz, 'global', ?::uuid)"_s,
                    {agent, call.name, SqlSession::timestamp(now),
                     SqlSession::timestamp(now.addSecs(qint64(settings.cooldown.globalMinutes) * 60)),
                     outcome.actionId});
            if (also)
                also(session, outcome);
        });
        return outcome;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::Connection)
            throw;
        qCWarning(lcTools) << call.name << "failed:" << error.message();
        outcome.effect = ToolEffect{};
        outcome.effect.targetUserId = target;
        return finish(ToolCallOutcome::Status::Failed,
                      u"%1 failed and nothing was done: %2"_s.arg(call.name, error.message()));
    }
}
