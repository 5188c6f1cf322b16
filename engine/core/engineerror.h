#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

// The base of every error the engine throws at its callers, so that a page, the CLI or the tray can catch one type
// and still say something useful. `message()` is one sentence a store manager can act on (what failed, what to
// check); `detail()` keeps the words of whatever failed underneath (the server, the provider, the keychain) for logs
// and run records. The derived types (DbError, LlmError, SecretStoreError) add a finer kind of their own.
class EngineError : public std::exception
{
public:
    enum class Kind
    {
        Database,   // DbError: connecting, a statement, the schema
        Llm,        // LlmError: a model call
        Secrets,    // SecretStoreError: the keychain
        Validation, // what was asked for cannot be done as asked (an unknown row, a value out of range)
    };

    EngineError(Kind kind, QString message, QString detail = {});

    // Named apart from the derived types' kind(), which says more precisely what went wrong within the area.
    Kind errorKind() const { return m_errorKind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_errorKind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};
