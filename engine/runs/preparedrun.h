#pragma once

#include "business/contextrequest.h"
#include "config/agentsettings.h"
#include "context/assembledcontext.h"
#include "prompts/agentprompt.h"

#include <QDateTime>
#include <QString>

// Everything decided about a run before the model is called (RunPreparation): whether it goes ahead, and if so with
// which configuration, context and prompt. What was already taken (the claimed run row, the agent's lock) is noted,
// so that whatever ends the run records the row and releases the lock.
struct PreparedRun
{
    enum class Verdict
    {
        Ready, // ask the model
        Skip,  // recorded as skipped, with the reason
        Fail   // recorded as failed, with the reason
    };

    Agent agent = Agent::OfficeManager;
    Verdict verdict = Verdict::Ready;
    QString reason; // why skipped or failed
    QString runId;
    bool claimed = false; // the run row exists (mentats_runs, status running)
    bool locked = false;  // this connection holds the agent's run lock
    bool dryRun = true;
    bool batch = false; // this run asks through a Message Batch (when its provider is Anthropic's)
    AgentSettings config;
    ContextRequest request;
    AssembledContext context;
    AgentPrompt prompt;             // the whole run's (for the record); each call's is in callPrompts
    QList<AgentPrompt> callPrompts; // one per model call: context.calls(), in order
    QDateTime startedAt;

    bool isReady() const { return verdict == Verdict::Ready; }
    void skip(const QString &why)
    {
        verdict = Verdict::Skip;
        reason = why;
    }
    void fail(const QString &why)
    {
        verdict = Verdict::Fail;
        reason = why;
    }
};
