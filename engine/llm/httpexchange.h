#pragma once

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;
class LlmCancellation;

// One HTTP request, awaited without blocking (QNetworkAccessManager + QCoro). Never throws: what happened is in the
// result, and the provider decides what it means.
struct HttpResult
{
    int status = 0;                       // 0: no HTTP response at all
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool cancelled = false;
    qint64 elapsedMs = 0;
    int attempts = 1; // set by a caller that retried
};

namespace HttpExchange {
// `method`: GET or POST (a GET sends no body).
QCoro::Task<HttpResult> send(QNetworkAccessManager &network, QByteArray method, QUrl url,
                             QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, int timeoutMs,
                             LlmCancellation *cancellation);
QCoro::Task<HttpResult> post(QNetworkAccessManager &network, QUrl url, QList<QPair<QByteArray, QByteArray>> headers,
                             QByteArray body, int timeoutMs, LlmCancellation *cancellation);
} // namespace HttpExchange
