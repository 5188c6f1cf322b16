#include "llm/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

bool RetryPolicy::shouldRetry(const Failure &failure, int retriesSoFar) const
{
    if (retriesSoFar >= maxRetries)
        return false;
    if (failure.quotaExhausted)
        return false;
    if (const auto it = failure.headers.constFind("x-should-retry"); it != failure.headers.cend()) {
        if (it->trimmed() == "true")
            return true;
        if (it->trimmed() == "false")
            return false;
    }
    const int status = failure.httpStatus;
    return status == 0 || status == 408 || status == 409 || status == 429 || status >= 500;
}

std::optional<int> RetryPolicy::serverDelayMs(const QMap<QByteArray, QByteArray> &headers, const QDateTime &now)
{
    bool ok = false;
    if (const auto it = headers.constFind("retry-after-ms"); it != headers.cend()) {
        const double ms = it->trimmed().toDouble(&ok);
        if (ok && std::isfinite(ms))
            return int(std::lround(ms));
    }
    if (const auto it = headers.constFind("retry-after"); it != headers.cend()) {
        const QByteArray value = it->trimmed();
        const double seconds = value.toDouble(&ok);
        if (ok && std::isfinite(seconds))
            return int(std::lround(seconds * 1000.0));
        // An HTTP date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
        const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value).replace(u" GMT"_s, QString()),
                                                     u"ddd, dd MMM yyyy HH:mm:ss"_s);
        if (at.isValid()) {
            return int(now.msecsTo(QDateTime(at.date(), at.time(), QTimeZone::utc())));
        }
    }
    return std::nullopt;
}

int RetryPolicy::delayMs(const Failure &failure, int retriesSoFar, const QDateTime &now, double random) const
{
    if (const auto server = serverDelayMs(failure.headers, now); server && *server >= 0 && *server <= maxServerDelayMs)
        return *server;
    const double base = std::min(0.5 * std::pow(2.0, retriesSoFar), 8.0);
    const double jitter = 1.0 - std::clamp(random, 0.0, 1.0) * 0.25;
    return int(std::lround(base * jitter * 1000.0));
}
