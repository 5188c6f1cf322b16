#pragma once

#include "core/agent.h"
#include "core/runstatus.h"
#include "llm/cost.h"
#include "llm/llmtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqlSession;

// A run as it was recorded (mentats_runs) with the tool calls it proposed (its ai_actions rows, in the order the
// model asked for them): what a replay starts from and what a comparison reads.
struct RecordedRun
{
    struct Call
    {
        QString actionId;
        QString tool;
        nlohmann::json parameters = nlohmann::json::object();
        QString targetUserId;
        QString targetName;
        QString status; // executed, dry_run, blocked, awaiting_approval, invalid, failed
        QString reason; // why blocked, invalid or failed
        bool wouldNeedApproval = false;
        QString reasoning; // what the model said with it
    };

    // One line of a "which run?" list.
    struct Summary
    {
        QString id;
        Agent agent = Agent::OfficeManager;
        QDateTime startedAt; // UTC
        QString trigger;
        RunStatus status = RunStatus::Running;
        QString provider;
        QString model;
        bool dryRun = false;
        QString replayOf;
        int calls = 0;
    };

    QString id;
    Agent agent = Agent::OfficeManager;
    QString trigger;
    RunStatus status = RunStatus::Running;
    QString reason;
    bool dryRun = false;
    QString provider; // as the run recorded it: the provider's display name
    QString model;
    QString replayOf; // the run this one replays, if it is a replay
    QDateTime startedAt;
    nlohmann::json contextSummary;
    nlohmann::json context;
    QString systemPrompt;
    QString userMessage;
    nlohmann::json rounds;
    nlohmann::json tools; // null for runs recorded before tools were (migration 0012)
    LlmUsage usage;
    std::optional<Cost> cost; // unknown when the model's price was
    QList<Call> calls;
    QStringList reasoning; // what the model said, round by round

    // Throws DbError(Usage) when there is no run with that id, or it belongs to an agent Mentats does not run.
    static RecordedRun load(SqlSession &session, const QString &runId);
    // The agent's latest runs that asked the model (so can be replayed), newest first.
    static QList<Summary> recent(SqlSession &session, Agent agent, int limit = 50);
    // One run's line, whatever its outcome; nullopt when there is no such run of an agent Mentats runs.
    static std::optional<Summary> summary(SqlSession &session, const QString &runId);
};
