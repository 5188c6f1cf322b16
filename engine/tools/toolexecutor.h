#pragma once

#include "llm/llmtypes.h"
#include "tools/toolcalloutcome.h"
#include "tools/toolsettings.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <memory>

class SqlSession;

// Fields of the ai_actions row that come from the run rather than the call.
struct ActionLogFields
{
    QDateTime runStartedAt;
    nlohmann::json contextSnapshot = nlohmann::json::object();
    int contextTokens = 0;
    QString reasoning;
};

// Every control, in code, before any effect (TeamTime's first release declared them and enforced none): the
// agent's kill switch (re-read for every call), the tool being enabled, valid arguments and target, cooldowns per
// person and global, the hourly rate limit, approval, dry run. The effect, its ai_actions row and its cooldown rows
// commit in one transaction; a tool that fails is logged as failed (in a transaction of its own), never as
// executed. Per-tool overrides come from TeamTime's ai_tool_config where it exists (ToolSettings), read on every call.
class ToolExecutor
{
public:
    static constexpr int kApprovalHours = 24;

    explicit ToolExecutor(QList<std::shared_ptr<const Tool>> tools);

    const Tool *find(const QString &name, Agent agent) const;
    QList<LlmToolSpec> specsFor(Agent agent) const;

    // Runs with the log row, in its transaction (the approval queue records its decision this way).
    using AlsoInTransaction = std::function<void(SqlSession &, const ToolCallOutcome &)>;

    ToolCallOutcome handle(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                           const ActionLogFields &log) const;
    // A call a manager approved: every check again (target, kill switch, tool enabled, cooldowns, rate limit), then
    // the effect — never queued a second time.
    ToolCallOutcome handleApproved(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                                   const ActionLogFields &log, const AlsoInTransaction &also) const;

private:
    QString controlsBlock(SqlSession &session, const Tool &tool, const ToolSettings &settings, const QString &target,
                          const ToolContext &context) const;
    ToolCallOutcome process(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                            const ActionLogFields &log, bool approved, const AlsoInTransaction &also) const;
    QString logAction(SqlSession &session, const LlmToolCall &call, const ToolContext &context,
                      const ActionLogFields &log, const ToolCallOutcome &outcome) const;

    QList<std::shared_ptr<const Tool>> m_tools;
};
