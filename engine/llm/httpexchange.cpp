#include "llm/httpexchange.h"

#include "llm/llmcancellation.h"

#include <QCoroNetworkReply>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>

QCoro::Task<HttpResult> HttpExchange::post(QNetworkAccessManager &network, QUrl url,
                                           QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, int timeoutMs,
                                           LlmCancellation *cancellation)
{
    return send(network, "POST", std::move(url), std::move(headers), std::move(body), timeoutMs, cancellation);
}

QCoro::Task<HttpResult> HttpExchange::send(QNetworkAccessManager &network, QByteArray method, QUrl url,
                                           QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, int timeoutMs,
                                           LlmCancellation *cancellation)
{
    HttpResult result;
    if (cancellation && cancellation->isCancelled()) {
        result.cancelled = true;
        co_return result;
    }
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    QElapsedTimer timer;
    timer.start();
    QPointer<QNetworkReply> reply = method == "GET" ? network.get(request) : network.post(request, body);
    QMetaObject::Connection abortOnCancel;
    if (cancellation)
        abortOnCancel = QObject::connect(cancellation, &LlmCancellation::cancelled, reply, &QNetworkReply::abort);
    QNetworkReply *finished = reply.data(); // GCC 12: await a named local, never a temporary
    co_await finished;
    QObject::disconnect(abortOnCancel);
    result.elapsedMs = timer.elapsed();
    if (!reply) {
        result.cancelled = true;
        co_return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->isOpen()) // an aborted reply is closed, and has nothing to read
        result.body = reply->readAll();
    result.networkError = reply->error();
    result.networkErrorString = reply->errorString();
    result.cancelled = cancellation && cancellation->isCancelled();
    // A transfer timeout aborts the reply: Qt reports it as a cancelled operation (or, in newer versions, a
    // timeout).
    result.timedOut = !result.cancelled && result.status == 0 &&
                      (result.networkError == QNetworkReply::OperationCanceledError ||
                       result.networkError == QNetworkReply::TimeoutError);
    reply->deleteLater();
    co_return result;
}
