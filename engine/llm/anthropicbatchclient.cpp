#include "llm/anthropicbatchclient.h"

#include "llm/anthropicprovider.h"
#include "llm/jsonutil.h"
#include "llm/llmerror.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QDateTime timeFrom(const json &object, const char *key)
{
    QDateTime at = QDateTime::fromString(JsonUtil::string(object, key), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

MessageBatchResult::Type typeFrom(const QString &type)
{
    if (type == u"succeeded"_s)
        return MessageBatchResult::Type::Succeeded;
    if (type == u"errored"_s)
        return MessageBatchResult::Type::Errored;
    if (type == u"canceled"_s)
        return MessageBatchResult::Type::Canceled;
    if (type == u"expired"_s)
        return MessageBatchResult::Type::Expired;
    return MessageBatchResult::Type::Unknown;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

AnthropicBatchClient::AnthropicBatchClient(std::shared_ptr<AnthropicProvider> provider)
    : m_provider(std::move(provider))
{}

QString AnthropicBatchClient::unknownBatch(const QString &batchId) const
{
    return u"Anthropic does not know the batch %1 (404): it may have been deleted, or belong to another "
           "workspace's key."_s.arg(batchId);
}

QCoro::Task<MessageBatch> AnthropicBatchClient::submit(QString customId, json params, LlmCancellation *cancellation)
{
    const json body = {{"requests", json::array({{{"custom_id", customId.toStdString()}, {"params", params}}})}};
    const QString model = JsonUtil::string(params, "model");
    HttpLlmProvider::HttpCall call{
        "POST", m_provider->apiUrl(u"/messages/batches"_s), QByteArray::fromStdString(body.dump()), kTimeoutMs, model,
        {}};
    QCoro::Task<HttpResult> sending = m_provider->exchange(std::move(call), cancellation);
    const HttpResult http = co_await sending;
    co_return batchFrom(http.body);
}

QCoro::Task<MessageBatch> AnthropicBatchClient::status(QString batchId, LlmCancellation *cancellation)
{
    HttpLlmProvider::HttpCall call{
        "GET", m_provider->apiUrl(u"/messages/batches/"_s + batchId), {}, kTimeoutMs, {}, unknownBatch(batchId)};
    QCoro::Task<HttpResult> asking = m_provider->exchange(std::move(call), cancellation);
    const HttpResult http = co_await asking;
    co_return batchFrom(http.body);
}

QCoro::Task<MessageBatch> AnthropicBatchClient::cancel(QString batchId, LlmCancellation *cancellation)
{
    HttpLlmProvider::HttpCall call{"POST", m_provider->apiUrl(u"/messages/batches/%1/cancel"_s.arg(batchId)),
                                   {},     kTimeoutMs,
                                   {},     unknownBatch(batchId)};
    QCoro::Task<HttpResult> asking = m_provider->exchange(std::move(call), cancellation);
    const HttpResult http = co_await asking;
    co_return batchFrom(http.body);
}

QCoro::Task<QList<MessageBatchResult>> AnthropicBatchClient::results(MessageBatch batch, LlmCancellation *cancellation)
{
    // The results live at the batch's results_url; the key is sent there only when it is the API's own address.
    const QUrl ours = m_provider->apiUrl(u"/messages/batches/%1/results"_s.arg(batch.id));
    const QUrl url = batch.resultsUrl.isValid() && sameOrigin(batch.resultsUrl, ours) ? batch.resultsUrl : ours;
    HttpLlmProvider::HttpCall call{"GET", url, {}, 2 * kTimeoutMs, {}, unknownBatch(batch.id)};
    QCoro::Task<HttpResult> reading = m_provider->exchange(std::move(call), cancellation);
    const HttpResult http = co_await reading;
    co_return resultsFrom(http.body);
}

MessageBatch AnthropicBatchClient::batchFrom(const QByteArray &body) const
{
    const json object = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    MessageBatch batch;
    batch.id = JsonUtil::string(object, "id");
    batch.processingStatus = JsonUtil::string(object, "processing_status");
    if (batch.id.isEmpty() || batch.processingStatus.isEmpty())
        throw LlmError(LlmError::Kind::MalformedResponse,
                       u"Anthropic sent a batch description that could not be read (no id or status)."_s,
                       m_provider->redact(QString::fromUtf8(body.left(2000))), 200);
    const QString results = JsonUtil::string(object, "results_url");
    if (!results.isEmpty())
        batch.resultsUrl = QUrl(results);
    batch.createdAt = timeFrom(object, "created_at");
    batch.expiresAt = timeFrom(object, "expires_at");
    batch.raw = object;
    return batch;
}

QList<MessageBatchResult> AnthropicBatchClient::resultsFrom(const QByteArray &jsonLines) const
{
    QList<MessageBatchResult> results;
    for (const QByteArray &line : jsonLines.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const json object = json::parse(line.constBegin(), line.constEnd(), nullptr, false);
        const json result = object.is_object() ? object.value("result", json()) : json();
        MessageBatchResult r;
        r.customId = JsonUtil::string(object, "custom_id");
        if (r.customId.isEmpty() || !result.is_object())
            throw LlmError(LlmError::Kind::MalformedResponse,
                           u"Anthropic sent batch results that could not be read (a line without custom_id or "
                           "result)."_s,
                           m_provider->redact(QString::fromUtf8(line.left(2000))), 200);
        r.rawType = JsonUtil::string(result, "type");
        r.type = typeFrom(r.rawType);
        r.raw = object;
        if (r.type == MessageBatchResult::Type::Succeeded) {
            r.response = m_provider->decodeMessage(result.value("message", json()));
            if (r.response.usage.serviceTier.isEmpty())
                r.response.usage.serviceTier = u"batch"_s; // every batch answer is billed at the batch tier
        } else if (r.type == MessageBatchResult::Type::Errored) {
            // {"type": "errored", "error": {"type": "error", "error": {"type": ..., "message": ...}}}
            json error = result.value("error", json::object());
            if (error.is_object() && error.contains("error") && error["error"].is_object())
                error = error["error"];
            r.errorType = JsonUtil::string(error, "type");
            r.errorMessage = m_provider->redact(JsonUtil::string(error, "message"));
        }
        results << r;
    }
    return results;
}
