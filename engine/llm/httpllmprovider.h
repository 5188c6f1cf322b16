#pragma once

#include "core/clock.h"
#include "llm/httpexchange.h"
#include "llm/llmerror.h"
#include "llm/llmprovider.h"
#include "llm/retrypolicy.h"

#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

// What a hosted or local HTTP model API needs to be reached.
struct LlmEndpoint
{
    QUrl baseUrl;   // e.g. https://api.anthropic.com, http://localhost:11434/v1
    QString apiKey; // never logged, never part of an error
};

// The retry loop and error handling shared by the HTTP providers; subclasses only translate wire formats.
// Time and waiting are injectable so tests exercise the retry policy without sleeping.
class HttpLlmProvider : public LlmProvider
{
public:
    // Waits between attempts; the default uses a timer. Tests record the delays and return at once.
    using Waiter = std::function<QCoro::Task<void>(int ms, LlmCancellation *cancellation)>;

    HttpLlmProvider(LlmEndpoint endpoint, QNetworkAccessManager *network);
    ~HttpLlmProvider() override;

    QCoro::Task<LlmResponse> complete(LlmRequest request, LlmCancellation *cancellation = nullptr) override;

    // One request to the provider's API under the retry policy, with the provider's headers. Returns the 2xx
    // response; anything else ends as an LlmError in one sentence (the same sentences as a model call). Shared by
    // complete() and the provider's other endpoints (Anthropic's Message Batches).
    struct HttpCall
    {
        QByteArray method = "POST";
        QUrl url;
        QByteArray body; // JSON; not sent with a GET
        int timeoutMs = 120000;
        QString model;    // named by the errors about a model (403, 404)
        QString notFound; // the 404 sentence, when it is not about the model
    };
    QCoro::Task<HttpResult> exchange(HttpCall call, LlmCancellation *cancellation = nullptr);

    // Removes the API key (and anything shaped like one) from text that may reach a log or a screen.
    QString redact(QString text) const;

    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    void setWaiter(Waiter waiter) { m_waiter = std::move(waiter); }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    const LlmEndpoint &endpoint() const { return m_endpoint; }

protected:
    struct Classified
    {
        LlmError::Kind kind = LlmError::Kind::ServerError;
        QString providerMessage; // the API's own error message, secrets removed
        bool quotaExhausted = false;
    };

    virtual QUrl requestUrl() const = 0;
    virtual QList<QPair<QByteArray, QByteArray>> requestHeaders() const = 0;
    virtual QByteArray encode(const LlmRequest &request) const = 0;
    // Throws LlmError(MalformedResponse) when the body is not what the API promises.
    virtual LlmResponse decode(const nlohmann::json &body, const HttpResult &http) const = 0;
    // Reads an error response: what kind of failure, and the API's message.
    virtual Classified classify(const HttpResult &http) const = 0;

    static LlmError::Kind kindForStatus(int status);
    // The base URL with `path` appended to its own path ("http://host:11434/v1/" + "/chat/completions").
    QUrl urlFor(const QString &path) const;

private:
    LlmError errorFor(const HttpResult &http, const Classified &classified, const HttpCall &call, int attempts) const;

    LlmEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    RetryPolicy m_retryPolicy;
    Waiter m_waiter;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    std::function<double()> m_random;
};
