#pragma once

#include "llm/httpllmprovider.h"

// OpenAI's Chat Completions API (POST /v1/chat/completions), and any server that speaks it (Ollama, llama.cpp, vLLM,
// LM Studio, DeepSeek). Tool arguments arrive as a string that may not be JSON: such a call is kept with its
// error, to be answered with an error result and never executed. Whether a turn wants tools is decided by the
// presence of tool calls, not by finish_reason. Compatible servers' quirks are tolerated: arguments sent as an
// object, missing call ids, max_tokens instead of max_completion_tokens.
class OpenAiProvider final : public HttpLlmProvider
{
public:
    enum class Flavour
    {
        OpenAi,
        Compatible
    };
    static constexpr auto kDefaultBaseUrl = "https://api.openai.com/v1";

    OpenAiProvider(LlmEndpoint endpoint, Flavour flavour = Flavour::OpenAi, QNetworkAccessManager *network = nullptr);

    QString id() const override;
    QString displayName() const override;
    QString priceProvider() const override;

    nlohmann::json requestBody(const LlmRequest &request) const;

protected:
    QUrl requestUrl() const override;
    QList<QPair<QByteArray, QByteArray>> requestHeaders() const override;
    QByteArray encode(const LlmRequest &request) const override;
    LlmResponse decode(const nlohmann::json &body, const HttpResult &http) const override;
    Classified classify(const HttpResult &http) const override;

private:
    Flavour m_flavour;
};
