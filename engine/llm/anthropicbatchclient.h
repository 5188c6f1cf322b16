#pragma once

#include "llm/llmtypes.h"

#include <QCoroTask>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>

class AnthropicProvider;
class LlmCancellation;

// A Message Batch as Anthropic's API describes it (/v1/messages/batches): half-price calls that end within 24 hours,
// polled until "ended", whose results stay available for 29 days.
struct MessageBatch
{
    QString id;               // msgbatch_...
    QString processingStatus; // in_progress, canceling, ended
    QUrl resultsUrl;          // set once it has ended
    QDateTime createdAt;      // UTC
    QDateTime expiresAt;      // UTC: the API gives up on it then (24 h after creation)
    nlohmann::json raw;

    bool ended() const { return processingStatus == QStringLiteral("ended"); }
};

// One request's outcome in a batch's results.
struct MessageBatchResult
{
    enum class Type
    {
        Succeeded,
        Errored,
        Canceled,
        Expired,
        Unknown
    };

    QString customId;
    Type type = Type::Unknown;
    QString rawType;      // as the API wrote it
    LlmResponse response; // Succeeded: the model's answer, its usage with service tier "batch"
    QString errorType;    // Errored: e.g. invalid_request_error, overloaded_error
    QString errorMessage; // Errored: the API's words, secrets removed
    nlohmann::json raw;
};

// Anthropic's Message Batches API: submit Messages requests for half the price, poll until the batch has ended,
// read its results (JSON Lines keyed by custom_id), or cancel it. Every request goes through the provider's HTTP
// layer, so it carries the provider's headers, follows its retry policy, and fails with the same one-sentence
// LlmErrors (401, 404, 429, 5xx...). The API key only ever goes to the provider's own address: a results_url on
// another host is not followed.
class AnthropicBatchClient
{
public:
    static constexpr int kTimeoutMs = 60000;

    explicit AnthropicBatchClient(std::shared_ptr<AnthropicProvider> provider);

    // One request (`params`: a Messages request body, AnthropicProvider::requestBody) under `customId`.
    QCoro::Task<MessageBatch> submit(QString customId, nlohmann::json params, LlmCancellation *cancellation = nullptr);
    QCoro::Task<MessageBatch> status(QString batchId, LlmCancellation *cancellation = nullptr);
    // The results of an ended batch.
    QCoro::Task<QList<MessageBatchResult>> results(MessageBatch batch, LlmCancellation *cancellation = nullptr);
    QCoro::Task<MessageBatch> cancel(QString batchId, LlmCancellation *cancellation = nullptr);

    const AnthropicProvider &provider() const { return *m_provider; }

    // Reading the wire format; throw LlmError(MalformedResponse) on what cannot be read.
    MessageBatch batchFrom(const QByteArray &body) const;
    QList<MessageBatchResult> resultsFrom(const QByteArray &jsonLines) const;

private:
    QString unknownBatch(const QString &batchId) const;

    std::shared_ptr<AnthropicProvider> m_provider;
};
