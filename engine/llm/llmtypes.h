#pragma once

#include <QList>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

// The provider-neutral shape of one model call: what goes out (LlmRequest) and what comes back (LlmResponse).
// Providers translate to and from their wire formats; the rest of the engine never sees those.

// A piece of the system prompt. Blocks marked `cache` end a stable prefix the provider may cache (Anthropic
// cache_control); OpenAI caches prefixes on its own.
struct LlmSystemBlock
{
    QString text;
    bool cache = false;
};

// A tool the model may call, with its parameters as JSON Schema.
struct LlmToolSpec
{
    QString name;
    QString description;
    nlohmann::json inputSchema = nlohmann::json::object();
};

// A call the model asked for. `arguments` is the parsed JSON object; when the model produced something that is not
// a JSON object, `argumentsError` says why and `rawArguments` keeps what it sent: such a call is answered with an
// error result, never executed.
struct LlmToolCall
{
    QString id;
    QString name;
    nlohmann::json arguments = nlohmann::json::object();
    QString rawArguments;
    QString argumentsError;

    bool hasValidArguments() const { return argumentsError.isEmpty(); }
};

struct LlmToolResult
{
    QString toolCallId;
    QString content;
    bool isError = false;
};

// One turn of the conversation so far.
struct LlmMessage
{
    enum class Role
    {
        User,
        Assistant,
        ToolResults
    };

    Role role = Role::User;
    QString text;                 // User, Assistant
    QList<LlmToolCall> toolCalls; // Assistant
    QList<LlmToolResult> results; // ToolResults: one per call of the preceding assistant turn

    static LlmMessage user(QString text) { return {Role::User, std::move(text), {}, {}}; }
};

struct LlmRequest
{
    QString model;
    QList<LlmSystemBlock> system;
    QList<LlmMessage> messages;
    QList<LlmToolSpec> tools;
    int maxOutputTokens = 1024;
    std::optional<double> temperature; // unset for models that reject sampling parameters
    int timeoutMs = 120000;            // per attempt
    // The structured context the prompt was rendered from ({"agent": ..., module id: data, ...}); the offline rules
    // provider decides from it.
    nlohmann::json context = nlohmann::json::object();
};

struct LlmUsage
{
    qint64 inputTokens = 0; // uncached input
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0; // all cache writes, of which:
    qint64 cacheWrite1hTokens = 0;
    QString serviceTier; // as the provider reports it ("standard", "batch", ...); empty: not reported

    qint64 totalInputTokens() const { return inputTokens + cacheReadTokens + cacheWriteTokens; }
    LlmUsage &operator+=(const LlmUsage &other)
    {
        inputTokens += other.inputTokens;
        outputTokens += other.outputTokens;
        cacheReadTokens += other.cacheReadTokens;
        cacheWriteTokens += other.cacheWriteTokens;
        cacheWrite1hTokens += other.cacheWrite1hTokens;
        if (serviceTier.isEmpty())
            serviceTier = other.serviceTier;
        return *this;
    }
};

enum class LlmStopReason
{
    EndTurn,
    ToolUse,
    MaxTokens,
    StopSequence,
    Refusal,
    PauseTurn,
    ContextWindowExceeded,
    ContentFilter,
    Unknown,
};

struct LlmResponse
{
    QString text;
    QList<LlmToolCall> toolCalls;
    LlmStopReason stopReason = LlmStopReason::Unknown;
    QString rawStopReason; // as the provider said it
    LlmUsage usage;
    QString model; // as the provider reports it
    QString requestId;
    qint64 latencyMs = 0; // of the successful attempt
    int attempts = 1;
    nlohmann::json raw; // the whole response body, for the run record

    bool wantsTools() const { return !toolCalls.isEmpty(); }
};

QString stopReasonName(LlmStopReason reason);
