#pragma once

#include "core/engineerror.h"

#include <QString>

// A failed model call. `message()` is one sentence for a manager ("The Anthropic API key was rejected (401). Check
// the key in Agent settings."); `detail()` keeps the provider's own words for the log. Neither ever contains an
// API key.
class LlmError : public EngineError
{
public:
    enum class Kind
    {
        Configuration,     // no API key, bad base URL: nothing was sent
        Authentication,    // 401
        Permission,        // 403
        NotFound,          // 404: usually the model name
        BadRequest,        // 400, 422
        TooLarge,          // 413
        RateLimited,       // 429 that clears with time
        QuotaExhausted,    // 429/400 for a spend limit or exhausted credits: does not clear by retrying
        Overloaded,        // 529, 503
        ServerError,       // other 5xx
        Timeout,           // no answer within the request's timeout
        Network,           // could not connect, connection cut
        Cancelled,         // the caller gave up
        MalformedResponse, // an answer we could not read
    };

    LlmError(Kind kind, QString message, QString detail = {}, int httpStatus = 0, QString requestId = {});

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

private:
    Kind m_kind;
    int m_httpStatus;
    QString m_requestId;
    int m_attempts = 1;
};
