#pragma once

#include "core/clock.h"
#include "db/connectionsettings.h"
#include "runs/agentrunner.h"
#include "runs/runcontrol.h"

#include <QCoroTask>
#include <functional>
#include <memory>
#include <optional>

class LlmProvider;
class QNetworkAccessManager;

// What to vary when a run is replayed. Everything not varied is the original run's.
struct ReplayOptions
{
    QString runId; // the recorded run to replay
    // "anthropic", "openai", "openai-compatible", "rules"; empty: the agent's configured provider and its base URL.
    QString provider;
    QString baseUrl;                       // with `provider`: empty means the provider's default
    QString model;                         // empty: the original run's model
    std::optional<int> instructionVersion; // unset: the recorded system prompt as it was
    // When set, used instead of choosing by `provider` (tests).
    std::shared_ptr<LlmProvider> llm;
    // The API key for the provider used (the console's keychain); empty or unset: the environment's.
    std::function<QString(Agent agent, const QString &provider)> apiKey;
    QString requestedBy;
    QString host;
    int maxRounds = 3;
    RunControl control;
};

// Replays a recorded run: the same recorded context, user message and tool definitions against another model,
// provider or instruction version (the system prompt rebuilt with that version's text, everything else as recorded;
// the temperature, which runs do not record, is the agent's current setting).
// Always a dry run: every tool call goes through the ToolExecutor in dry-run mode, so its verdict (would run, would
// wait for approval, blocked, invalid) is today's but nothing staff-facing is written. The replay is a run of its own
// in mentats_runs (trigger dry_run, replay_of the original), completed, or failed with its reason ("Cancelled by
// ..."). It takes no run lock: it assembles nothing and changes nothing a live run could trip over.
class RunReplayer
{
public:
    RunReplayer(ConnectionSettings settings, std::shared_ptr<const Clock> clock = Clock::system(),
                QNetworkAccessManager *network = nullptr);
    ~RunReplayer();

    // Throws DbError(Usage), with nothing recorded, when the run cannot be replayed: no such run, a skipped run or
    // one still running, a run without a recorded prompt, an unknown instruction version.
    QCoro::Task<RunResult> replay(ReplayOptions options);

private:
    struct Impl;
    // Shared with each replay in progress, which records itself even if the replayer goes first.
    std::shared_ptr<Impl> d;
};
