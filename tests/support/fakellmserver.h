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

    explicit FakeLlmServer(QObject *parent = nullptr); // listens at once; QVERIFY-able via isListening()

    bool isListening() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // Replies are used in order, one per request, whatever the path. A slot connected to requestReceived may
    // still enqueue the reply for the request it is told about.
    void enqueue(Reply reply);
    int pendingReplies() const;
    const QList<Request> &requests() const; // every request received, in order

    // Ready-made real-shaped bodies (llm-apis.md §1.3, §1.5, §2).
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
};
