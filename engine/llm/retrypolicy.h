#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <functional>
#include <optional>

// When to try a failed model call again, and after how long: the policy of Anthropic's and OpenAI's official SDKs.
// Retry
// connection errors, timeouts, 408, 409, 429 and 5xx (incl. 529) up to `maxRetries` times, unless the server says
// `x-should-retry: false` or the 429 is a spend limit or exhausted quota. Wait `retry-after-ms`, else
// `retry-after` (seconds or an HTTP date), when 0-60 s; else 0.5 s · 2^n capped at 8 s, less up to 25 % jitter.
class RetryPolicy
{
public:
    struct Failure
    {
        int httpStatus = 0;                   // 0: no HTTP response (connection error, timeout)
        QMap<QByteArray, QByteArray> headers; // lower-cased names
        bool quotaExhausted = false;          // classified from the error body by the provider
    };

    int maxRetries = 2;
    int maxServerDelayMs = 60000;

    bool shouldRetry(const Failure &failure, int retriesSoFar) const;
    // How long to wait before retry number `retriesSoFar + 1`. `now` resolves HTTP-date retry-after values;
    // `random` in [0, 1) draws the jitter (injected so tests can pin it).
    int delayMs(const Failure &failure, int retriesSoFar, const QDateTime &now, double random) const;

    static std::optional<int> serverDelayMs(const QMap<QByteArray, QByteArray> &headers, const QDateTime &now);
};
