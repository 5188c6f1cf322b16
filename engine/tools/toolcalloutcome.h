#pragma once

#include "tools/tool.h"

#include <QString>
#include <QStringList>

// What became of one tool call, and what the model is told about it.
struct ToolCallOutcome
{
    enum class Status
    {
        Executed,         // the effect happened, logged with it
        DryRun,           // logged with what it would have done; nothing staff-facing written
        Blocked,          // a control stopped it (kill switch, cooldown, rate limit, disabled tool)
        AwaitingApproval, // queued for a manager
        Invalid,          // the arguments or the target were wrong; the model is told how
        Failed,           // the tool itself failed; its effect was rolled back and the failure logged
    };

    Status status = Status::Invalid;
    QString actionId; // the ai_actions row
    QString reason;   // why blocked / invalid / failed, one sentence
    ToolEffect effect;
    QString resultForModel; // the tool_result text
    bool isErrorForModel = false;
};

QString statusName(ToolCallOutcome::Status status);
