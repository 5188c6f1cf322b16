#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QString>
#include <QUrl>
#include <nlohmann/json.hpp>

class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 that replays scripted, real-shaped Anthropic / OpenAI responses, so the
// engine's providers are tested through their real QNetworkAccessManager code path without the internet.
// Event-driven in the test's thread: it never blocks, so the client and the server share one event loop.
class FakeLlmServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-cased names
        QByteArray body;
        nlohmann::json json; // parsed body or null
    };

    struct Reply
    {
        enum class Behaviour
        {
            Respond,
            Hang,
            CutConnection,
            Delay
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers = {}; // extra response headers; they replace defaults of that name
        QByteArray body = {};                              // sent as is (content-type application/json)
        Behaviour behaviour = Behaviour::Respond;
        int delayMs = 0; // Delay: respond after this long (QTimer, never blocking)

        static Reply json(const nlohmann::json &body, int status = 200);
        static Reply raw(int status, QByteArray body); // e.g. malformed JSON
        static Reply hang();                           // accept, read the request, never answer
        // Reads the request then aborts the connection without a response. Qt 6.4's QNetworkAccessManager sends
        // the request once more (even a POST) when that happens, so script two cuts for the client to see
        // RemoteHostClosedError; a cut followed by a normal reply is a failure the client silently recovers from.
        static Reply cut();
        static Reply delayed(const nlohmann::json &body, int delayMs);
        Reply &withHeader(QByteArray name, QByteArray value);
    };

    // Anthropic's Message Batches (/v1/messages/batches), answered from a script rather than the reply queue:
    // POST /v1/messages/batches creates a batch that follows the next script (a default one when none is left), GET
    // …/{id} answers "in_progress" for `pendingPolls` polls and then "ended" with a results_url, GET …/{id}/results
    // sends one JSON line per request with the scripted result type, POST …/{id}/cancel cancels it. An unknown id is
    // a 404 not_found_error. Replies queued with enqueueBatchReply() answer batch requests first (errors, hangs).
    struct BatchScript
    {
        int pendingPolls = 0;
        QString resultType = QStringLiteral("succeeded"); // succeeded, errored, expired, canceled
        nlohmann::json message = nullptr;                 // succeeded: the Messages answer; usage gets tier "batch"
        QString errorType = QStringLiteral("invalid_request_error"); // errored
        QString errorMessage = QStringLiteral("messages: at least one message is required");
    };
    struct Batch
    {
        QString id;
        nlohmann::json requests; // as submitted
        BatchScript script;
        int polls = 0;
        bool canceled = false;
        bool ended = false;
    };

    explicit FakeLlmServer(QObject *parent = nullptr); // listens at once; QVERIFY-able via isListening()

    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // Replies are used in order, one per request, whatever the path. A slot connected to requestReceived may
    // still enqueue the reply for the request it is told about.
    void enqueue(Reply reply);
    int pendingReplies() const;
    const QList<Request> &requests() const; // every request received, in order

    void scriptBatch(BatchScript script);
    void enqueueBatchReply(Reply reply);
    const QList<Batch> &batches() const; // every batch submitted, in order

    // Ready-made bodies shaped as the real APIs answer: Anthropic's messages and errors, OpenAI's chat completions.
    static nlohmann::json anthropicText(const QString &text, int inputTokens = 10, int outputTokens = 5);
    static nlohmann::json anthropicToolUse(const QString &id, const QString &name, const nlohmann::json &input,
                                           const QString &text = {});
    static nlohmann::json anthropicError(int status, const QString &type, const QString &message);
    static nlohmann::json openAiText(const QString &text, int promptTokens = 10, int completionTokens = 5);
    static nlohmann::json openAiToolCall(const QString &id, const QString &name, const QString &argumentsString,
                                         const QString &finishReason = QStringLiteral("tool_calls"));
    static nlohmann::json openAiError(const QString &message, const QString &type, const QString &code);

Q_SIGNALS:
    void requestReceived(int index);

private:
    // What one client connection still owes us: bytes of a request not yet complete, or a reply in flight.
    struct Connection
    {
        QByteArray buffer;
        bool awaitingReply = false; // a Hang or Delay reply (or a close) holds the connection; later requests wait
        bool continueSent = false;
    };

    Reply batchReply(const Request &request);
    nlohmann::json batchJson(const Batch &batch) const;
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, int index, const Reply &reply, bool closeAfter);
    void writeResponse(QTcpSocket *socket, int index, const Reply &reply, bool closeAfter);
    void closeGracefully(QTcpSocket *socket);
    void forget(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QQueue<Reply> m_replies;
    QList<Request> m_requests;
    QQueue<BatchScript> m_batchScripts;
    QQueue<Reply> m_batchReplies;
    QList<Batch> m_batches;
};
