#include "llm/httpllmprovider.h"

#include "core/logging.h"
#include "llm/llmcancellation.h"

#include <QCoroTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace {

QCoro::Task<void> waitWithTimer(int ms, LlmCancellation *cancellation)
{
    if (ms <= 0)
        co_return;
    QTimer timer;
    timer.setSingleShot(true);
    QMetaObject::Connection stop;
    if (cancellation)
        stop = QObject::connect(cancellation, &LlmCancellation::cancelled, &timer, [&timer]() { timer.start(0); });
    timer.start(ms);
    // GCC 12: await a named local, never a temporary (the wrapper and its task live to the end of the wait).
    auto timerAwaitable = qCoro(timer);
    QCoro::Task<> timeout = timerAwaitable.waitForTimeout();
    co_await timeout;
    QObject::disconnect(stop);
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

HttpLlmProvider::HttpLlmProvider(LlmEndpoint endpoint, QNetworkAccessManager *network)
    : m_endpoint(std::move(endpoint)), m_network(network), m_waiter(&waitWithTimer),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
}

HttpLlmProvider::~HttpLlmProvider() = default;

QString HttpLlmProvider::redact(QString text) const
{
    if (!m_endpoint.apiKey.isEmpty())
        text.replace(m_endpoint.apiKey, u"***"_s);
    // Keys of other accounts that a server may echo back, e.g. "Incorrect API key provided: sk-proj-abc...".
    static const QRegularExpression keyShaped(u"\\b(sk-[A-Za-z0-9_\\-]{3})[A-Za-z0-9_\\-*]{6,}"_s);
    text.replace(keyShaped, u"\\1***"_s);
    return text;
}

QCoro::Task<LlmResponse> HttpLlmProvider::complete(LlmRequest request, LlmCancellation *cancellation)
{
    HttpCall call{"POST", requestUrl(), encode(request), request.timeoutMs, request.model, {}};
    QCoro::Task<HttpResult> sending = exchange(std::move(call), cancellation);
    const HttpResult http = co_await sending;
    nlohmann::json json = nlohmann::json::parse(http.body.constBegin(), http.body.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw LlmError(LlmError::Kind::MalformedResponse,
                       u"%1 sent an answer that is not JSON; the run stopped here."_s.arg(displayName()),
                       redact(QString::fromUtf8(http.body.left(2000))), http.status);
    LlmResponse response = decode(json, http);
    response.latencyMs = http.elapsedMs;
    response.attempts = http.attempts;
    response.raw = std::move(json);
    co_return response;
}

QCoro::Task<HttpResult> HttpLlmProvider::exchange(HttpCall call, LlmCancellation *cancellation)
{
    if (!m_endpoint.baseUrl.isValid() || m_endpoint.baseUrl.scheme().isEmpty())
        throw LlmError(
            LlmError::Kind::Configuration,
            u"The address of %1 is not a valid URL: check the base URL in Agent settings."_s.arg(displayName()));
    QList<QPair<QByteArray, QByteArray>> headers = requestHeaders();
    if (call.method != "GET")
        headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));

    for (int retries = 0;; ++retries) {
        QList<QPair<QByteArray, QByteArray>> attemptHeaders = headers;
        attemptHeaders.append(qMakePair(QByteArray("x-stainless-retry-count"), QByteArray::number(retries)));
        QCoro::Task<HttpResult> sending = HttpExchange::send(*m_network, call.method, call.url, attemptHeaders,
                                                             call.body, call.timeoutMs, cancellation);
        HttpResult http = co_await sending;
        if (http.cancelled)
            throw LlmError(LlmError::Kind::Cancelled, u"The call to %1 was cancelled."_s.arg(displayName()));

        if (http.status >= 200 && http.status < 300) {
            http.attempts = retries + 1;
            co_return http;
        }

        const Classified classified = classify(http);
        RetryPolicy::Failure failure{http.status, http.headers, classified.quotaExhausted};
        if (!m_retryPolicy.shouldRetry(failure, retries))
            throw errorFor(http, classified, call, retries + 1);
        const int delay = m_retryPolicy.delayMs(failure, retries, m_clock->nowUtc(), m_random());
        qCInfo(lcLlm).noquote() << displayName() << "attempt" << retries + 1 << "failed"
                                << (http.status ? QString::number(http.status) : http.networkErrorString)
                                << "request id"
                                << QString::fromLatin1(
                                       http.headers.value("request-id", http.headers.value("x-request-id")))
                                << "- retrying in" << delay << "ms";
        QCoro::Task<void> waiting = m_waiter(delay, cancellation);
        co_await waiting;
        if (cancellation && cancellation->isCancelled())
            throw LlmError(LlmError::Kind::Cancelled, u"The call to %1 was cancelled."_s.arg(displayName()));
    }
}

QUrl HttpLlmProvider::urlFor(const QString &path) const
{
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

LlmError::Kind HttpLlmProvider::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return LlmError::Kind::BadRequest;
    case 401:
        return LlmError::Kind::Authentication;
    case 402:
        return LlmError::Kind::QuotaExhausted;
    case 403:
        return LlmError::Kind::Permission;
    case 404:
        return LlmError::Kind::NotFound;
    case 413:
        return LlmError::Kind::TooLarge;
    case 408:
        return LlmError::Kind::Timeout;
    case 429:
        return LlmError::Kind::RateLimited;
    case 503:
    case 529:
        return LlmError::Kind::Overloaded;
    default:
        return status >= 500 ? LlmError::Kind::ServerError : LlmError::Kind::BadRequest;
    }
}

LlmError HttpLlmProvider::errorFor(const HttpResult &http, const Classified &classified, const HttpCall &request,
                                   int attempts) const
{
    const QString name = displayName();
    const QString requestId = QString::fromLatin1(http.headers.value("request-id", http.headers.value("x-request-id")));
    const QString detail = redact(http.status ? u"HTTP %1: %2"_s.arg(http.status).arg(classified.providerMessage)
                                              : http.networkErrorString);
    const QString tries = attempts > 1 ? u" after %1 attempts"_s.arg(attempts) : QString();
    const int status = http.status;
    QString sentence;
    LlmError::Kind kind = classified.kind;
    if (status == 0) {
        if (http.timedOut) {
            kind = LlmError::Kind::Timeout;
            sentence =
                u"%1 did not answer within %2 s%3: check the network, or raise the timeout in Agent settings."_s.arg(
                    name, seconds(request.timeoutMs), tries);
        } else {
            kind = LlmError::Kind::Network;
            sentence = u"Could not reach %1 at %2%3 (%4): check the network and the base URL."_s.arg(
                name, m_endpoint.baseUrl.host().isEmpty() ? m_endpoint.baseUrl.toString() : m_endpoint.baseUrl.host(),
                tries, redact(http.networkErrorString));
        }
    } else {
        switch (kind) {
        case LlmError::Kind::Authentication:
            sentence = u"The %1 API key was rejected (%2). Check the key in Agent settings."_s.arg(name).arg(status);
            break;
        case LlmError::Kind::Permission:
            sentence = u"%1 refused this key access (%2): it may not be allowed to use model \"%3\"."_s.arg(name)
                           .arg(status)
                           .arg(request.model);
            break;
        case LlmError::Kind::NotFound:
            if (!request.notFound.isEmpty()) {
                sentence = request.notFound;
                break;
            }
            sentence = u"%1 does not know model \"%2\" (%3). Check the model name in Agent settings."_s
                           .arg(name, request.model)
                           .arg(status);
            break;
        case LlmError::Kind::TooLarge:
            sentence =
                u"The request was too large for %1 (%2): lower the context budget in Agent settings."_s.arg(name).arg(
                    status);
            break;
        case LlmError::Kind::QuotaExhausted:
            sentence = u"The %1 account is out of credit or over its spending limit (%2); retrying will not help until "
                       "it is topped up or the limit raised."_s.arg(name)
                           .arg(status);
            break;
        case LlmError::Kind::RateLimited:
            sentence =
                u"%1 is rate-limiting this key (%2)%3: try again later, or run less often."_s.arg(name).arg(status).arg(
                    tries);
            break;
        case LlmError::Kind::Overloaded:
            sentence = u"%1 is overloaded (%2)%3: try again in a few minutes."_s.arg(name).arg(status).arg(tries);
            break;
        case LlmError::Kind::BadRequest:
            sentence = u"%1 rejected the request (%2): %3"_s.arg(name).arg(status).arg(
                classified.providerMessage.isEmpty()        ? u"no reason given."_s
                : classified.providerMessage.endsWith(u'.') ? classified.providerMessage
                                                            : classified.providerMessage + u'.');
            sentence = redact(sentence);
            break;
        case LlmError::Kind::Timeout:
            sentence =
                u"%1 timed out on its side (%2)%3: try again in a few minutes."_s.arg(name).arg(status).arg(tries);
            break;
        case LlmError::Kind::ServerError:
        default:
            kind = LlmError::Kind::ServerError;
            sentence = u"%1 had a server error (%2)%3: try again in a few minutes."_s.arg(name).arg(status).arg(tries);
            break;
        }
    }
    LlmError error(kind, sentence, detail, status, requestId);
    error.setAttempts(attempts);
    return error;
}
