#pragma once

#include "llm/llmtypes.h"

#include <QCoroTask>
#include <QString>

class LlmCancellation;

// One way of answering an LlmRequest: a hosted API, a local OpenAI-compatible server, or the offline rules. Calls
// are asynchronous and run on the caller's thread (network I/O through QNetworkAccessManager); failures are
// LlmError.
class LlmProvider
{
public:
    virtual ~LlmProvider() = default;

    // "anthropic", "openai", "openai-compatible", "rules": what is recorded with a run.
    virtual QString id() const = 0;
    // What a manager reads: "Anthropic", "OpenAI", "OpenAI-compatible server at localhost:11434", "rules (offline)".
    virtual QString displayName() const = 0;
    // The provider's name in the price table, or empty when its calls cost nothing we can know.
    virtual QString priceProvider() const { return id(); }

    virtual QCoro::Task<LlmResponse> complete(LlmRequest request, LlmCancellation *cancellation = nullptr) = 0;
};
