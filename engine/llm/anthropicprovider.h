#pragma once

#include "llm/httpllmprovider.h"

// Anthropic's Messages API (POST /v1/messages): x-api-key and anthropic-version headers, tools with input_schema,
// tool_use / tool_result rounds, and the stable prefix (tools, then system) marked for prompt caching and emitted
// as canonical JSON (sorted keys, same bytes every time) so the cache actually hits.
class AnthropicProvider final : public HttpLlmProvider
{
public:
    static constexpr auto kDefaultBaseUrl = "https://api.anthropic.com";
    static constexpr auto kApiVersion = "2023-06-01";
    static constexpr int kMaxCacheBreakpoints = 4;

    AnthropicProvider(LlmEndpoint endpoint, QNetworkAccessManager *network = nullptr);

    QString id() const override;
    QString displayName() const override;

    // The request body as sent: public so tests and the dry-run inspector can show it.
    nlohmann::json requestBody(const LlmRequest &request) const;
    // A Messages API answer read as a response (a Message Batch result carries one); throws LlmError like a call.
    LlmResponse decodeMessage(const nlohmann::json &message) const;
    // An address of the API at the configured base URL: apiUrl("/messages/batches") → https://…/v1/messages/batches.
    QUrl apiUrl(const QString &path) const;

protected:
    QUrl requestUrl() const override;
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const override;
    QByteArray encode(const LlmRequest &request) const override;
    LlmResponse decode(const nlohmann::json &body, const HttpResult &http) const override;
    Classified classify(const HttpResult &http) const override;
};
