#pragma once

#include <QObject>

// Lets a caller give up on a model call in flight (the console's Cancel button, a shutting-down scheduler): the
// request is aborted and the call ends with LlmError::Kind::Cancelled.
class LlmCancellation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isCancelled() const { return m_cancelled; }
    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};
