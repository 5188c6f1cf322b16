#include "fakellmserver.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <atomic>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// The head of a request (request line and headers) once its blank line has arrived.
struct RequestHead
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers;
    qsizetype bodyStart = 0;
    qsizetype contentLength = 0;
    bool valid = false;
};

std::optional<RequestHead> parseHead(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    RequestHead head;
    head.bodyStart = end + 4;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return head;
    head.method = requestLine.at(0);
    head.path = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            return head;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        // Repeated headers fold into one comma-separated value, as RFC 9110 allows.
        head.headers[name] = head.headers.contains(name) ? head.headers[name] + ", " + value : value;
    }
    bool ok = true;
    // QNetworkAccessManager sends Content-Length for every byte-array body, so chunked uploads are not needed.
    head.contentLength = head.headers.contains("content-length") ? head.headers["content-length"].toLongLong(&ok) : 0;
    head.valid = ok && head.contentLength >= 0 && !head.headers.contains("transfer-encoding");
    return head;
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases = {
        {200, "OK"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {408, "Request Timeout"},
        {413, "Payload Too Large"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {529, "Overloaded"},
    };
    return phrases.value(status, "Status");
}

// Ids only need to differ between responses of one test run, and a counter keeps failures reproducible.
std::string nextId(const char *prefix)
{
    static std::atomic<int> counter{0};
    return prefix + QByteArray::number(++counter).rightJustified(6, '0').toStdString();
}

} // namespace

FakeLlmServer::Reply FakeLlmServer::Reply::json(const nlohmann::json &body, int status)
{
    return {.status = status, .body = QByteArray::fromStdString(body.dump())};
}

FakeLlmServer::Reply FakeLlmServer::Reply::raw(int status, QByteArray body)
{
    return {.status = status, .body = std::move(body)};
}

FakeLlmServer::Reply FakeLlmServer::Reply::hang()
{
    return {.behaviour = Behaviour::Hang};
}

FakeLlmServer::Reply FakeLlmServer::Reply::cut()
{
    return {.behaviour = Behaviour::CutConnection};
}

FakeLlmServer::Reply FakeLlmServer::Reply::delayed(const nlohmann::json &body, int delayMs)
{
    return {.body = QByteArray::fromStdString(body.dump()), .behaviour = Behaviour::Delay, .delayMs = delayMs};
}

FakeLlmServer::Reply &FakeLlmServer::Reply::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

FakeLlmServer::FakeLlmServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeLlmServer::acceptConnections);
    m_server->listen(QHostAddress::LocalHost, 0);
}

bool FakeLlmServer::isListening() const
{
    return m_server->isListening();
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

void FakeLlmServer::enqueue(Reply reply)
{
    m_replies.enqueue(std::move(reply));
}

int FakeLlmServer::pendingReplies() const
{
    return int(m_replies.size());
}

const QList<FakeLlmServer::Request> &FakeLlmServer::requests() const
{
    return m_requests;
}

void FakeLlmServer::scriptBatch(BatchScript script)
{
    m_batchScripts.enqueue(std::move(script));
}

void FakeLlmServer::enqueueBatchReply(Reply reply)
{
    m_batchReplies.enqueue(std::move(reply));
}

const QList<FakeLlmServer::Batch> &FakeLlmServer::batches() const
{
    return m_batches;
}

nlohmann::json FakeLlmServer::batchJson(const Batch &batch) const
{
    // The shape of a MessageBatch (anthropic-sdk-typescript messages/batches.ts).
    const int count = int(batch.requests.size());
    const bool canceled = batch.canceled || batch.script.resultType == u"canceled"_s;
    const auto counted = [&](const char *type) {
        if (!batch.ended)
            return 0;
        if (canceled)
            return QByteArray(type) == "canceled" ? count : 0;
        return batch.script.resultType == QLatin1StringView(type) ? count : 0;
    };
    const QString resultsUrl = baseUrl().toString() + u"/v1/messages/batches/"_s + batch.id + u"/results"_s;
    const QString created = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()).toString(Qt::ISODateWithMs);
    return {
        {"id", batch.id.toStdString()},
        {"type", "message_batch"},
        {"processing_status", batch.ended      ? "ended"
                              : batch.canceled ? "canceling"
                                               : "in_progress"},
        {"request_counts",
         {{"processing", batch.ended ? 0 : count},
          {"succeeded", counted("succeeded")},
          {"errored", counted("errored")},
          {"canceled", counted("canceled")},
          {"expired", counted("expired")}}},
        {"ended_at", batch.ended ? nlohmann::json("2026-11-24T11:00:00.000Z") : nlohmann::json(nullptr)},
        {"created_at", created.toStdString()},
        {"expires_at", "2026-11-25T10:00:00.000Z"},
        {"archived_at", nullptr},
        {"cancel_initiated_at", batch.canceled ? nlohmann::json("2026-11-24T10:30:00.000Z") : nlohmann::json(nullptr)},
        {"results_url", batch.ended ? nlohmann::json(resultsUrl.toStdString()) : nlohmann::json(nullptr)},
    };
}

FakeLlmServer::Reply FakeLlmServer::batchReply(const Request &request)
{
    const QList<QByteArray> parts = request.path.mid(qsizetype(strlen("/v1/messages/batches"))).split('/');
    // parts: [""] for the collection, ["", id], ["", id, "results" | "cancel"]
    if (parts.size() == 1 && request.method == "POST") {
        if (!request.json.is_object() || !request.json.contains("requests") || !request.json["requests"].is_array())
            return Reply::json(anthropicError(400, u"invalid_request_error"_s, u"requests: Field required"_s), 400);
        Batch batch;
        batch.id = QString::fromStdString(nextId("msgbatch_fake_"));
        batch.requests = request.json["requests"];
        batch.script = m_batchScripts.isEmpty() ? BatchScript{} : m_batchScripts.dequeue();
        m_batches << batch;
        return Reply::json(batchJson(batch));
    }
    const auto it = parts.size() >= 2 ? std::find_if(m_batches.begin(), m_batches.end(),
                                                     [&](const Batch &b) { return b.id.toUtf8() == parts.at(1); })
                                      : m_batches.end();
    if (it == m_batches.end())
        return Reply::json(anthropicError(404, u"not_found_error"_s, u"Not found"_s), 404);
    Batch &batch = *it;
    if (parts.size() == 2 && request.method == "GET") {
        if (!batch.ended && (batch.canceled || ++batch.polls > batch.script.pendingPolls))
            batch.ended = true;
        return Reply::json(batchJson(batch));
    }
    if (parts.size() == 3 && parts.at(2) == "cancel" && request.method == "POST") {
        if (!batch.ended)
            batch.canceled = true;
        return Reply::json(batchJson(batch));
    }
    if (parts.size() == 3 && parts.at(2) == "results" && request.method == "GET") {
        if (!batch.ended)
            return Reply::json(
                anthropicError(400, u"invalid_request_error"_s, u"Batch %1 is still in progress."_s.arg(batch.id)),
                400);
        QByteArray lines;
        for (const nlohmann::json &r : batch.requests) {
            const QString type = batch.canceled ? u"canceled"_s : batch.script.resultType;
            nlohmann::json result = {{"type", type.toStdString()}};
            if (type == u"succeeded"_s) {
                nlohmann::json message = batch.script.message.is_null() ? anthropicText(u"(no scripted batch answer)"_s)
                                                                        : batch.script.message;
                message["usage"]["service_tier"] = "batch";
                result["message"] = message;
            } else if (type == u"errored"_s) {
                result["error"] = anthropicError(400, batch.script.errorType, batch.script.errorMessage);
            }
            lines += QByteArray::fromStdString(
                         nlohmann::json{{"custom_id", r.value("custom_id", "")}, {"result", result}}.dump()) +
                     '\n';
        }
        return Reply::raw(200, lines).withHeader("content-type", "application/binary");
    }
    return Reply::json(anthropicError(405, u"invalid_request_error"_s, u"Method not allowed"_s), 405);
}

void FakeLlmServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        // Bytes may have arrived with the connection, before readyRead was connected.
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void FakeLlmServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    processBuffer(socket);
}

// Handles every complete request in the buffer in turn: a kept-alive connection carries one request after
// another, and a request may arrive in several TCP segments. Looks the connection up afresh each round because
// a Cut reply forgets it.
void FakeLlmServer::processBuffer(QTcpSocket *socket)
{
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->awaitingReply)
            return;
        const std::optional<RequestHead> head = parseHead(it->buffer);
        if (!head)
            return;
        if (!head->valid) {
            socket->write("HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            closeGracefully(socket);
            return;
        }
        if (it->buffer.size() < head->bodyStart + head->contentLength) {
            if (head->headers.value("expect").toLower() == "100-continue" && !it->continueSent) {
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                it->continueSent = true;
            }
            return;
        }
        Request request{head->method, head->path, head->headers, it->buffer.mid(head->bodyStart, head->contentLength),
                        nullptr};
        it->buffer.remove(0, head->bodyStart + head->contentLength);
        it->continueSent = false;
        if (!request.body.isEmpty()) {
            request.json = nlohmann::json::parse(request.body.begin(), request.body.end(), nullptr, false);
            if (request.json.is_discarded())
                request.json = nullptr;
        }
        const bool closeAfter = request.headers.value("connection").toLower() == "close";
        m_requests.append(std::move(request));
        const int index = int(m_requests.size() - 1);
        Q_EMIT requestReceived(index);
        if (!m_connections.contains(socket))
            return;
        const bool batchRequest = m_requests.last().path.startsWith("/v1/messages/batches");
        const Reply reply =
            batchRequest ? (m_batchReplies.isEmpty() ? batchReply(m_requests.last()) : m_batchReplies.dequeue())
            : m_replies.isEmpty()
                ? Reply::json(anthropicError(500, u"api_error"_s, u"FakeLlmServer: no scripted reply"_s), 500)
                : m_replies.dequeue();
        dispatch(socket, index, reply, closeAfter);
    }
}

void FakeLlmServer::dispatch(QTcpSocket *socket, int index, const Reply &reply, bool closeAfter)
{
    switch (reply.behaviour) {
    case Reply::Behaviour::Respond:
        writeResponse(socket, index, reply, closeAfter);
        return;
    case Reply::Behaviour::Hang:
        // Silent until the client gives up and closes the connection.
        m_connections[socket].awaitingReply = true;
        return;
    case Reply::Behaviour::CutConnection:
        forget(socket);
        socket->abort();
        return;
    case Reply::Behaviour::Delay:
        m_connections[socket].awaitingReply = true;
        QTimer::singleShot(reply.delayMs, this, [this, guard = QPointer<QTcpSocket>(socket), index, reply, closeAfter] {
            if (!guard || !m_connections.contains(guard))
                return; // the client gave up first
            m_connections[guard].awaitingReply = false;
            writeResponse(guard, index, reply, closeAfter);
            processBuffer(guard);
        });
        return;
    }
}

void FakeLlmServer::writeResponse(QTcpSocket *socket, int index, const Reply &reply, bool closeAfter)
{
    const QByteArray requestId = "req_fake_" + QByteArray::number(index);
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"content-type", "application/json"},
        {"content-length", QByteArray::number(reply.body.size())},
        {"request-id", requestId},
        {"x-request-id", requestId},
    };
    // A scripted header of the same name replaces the default, so tests can send e.g. a wrong content-type.
    for (const auto &scripted : reply.headers)
        headers.removeIf(
            [&scripted](const auto &header) { return header.first.compare(scripted.first, Qt::CaseInsensitive) == 0; });
    headers.append(reply.headers);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(headers))
        response += name + ": " + value + "\r\n";
    response += "\r\n" + reply.body;
    socket->write(response);
    if (closeAfter)
        closeGracefully(socket);
}

// Lets the written response drain before the socket goes: deleting it at once could drop the bytes, so the
// connection is only forgotten once `disconnected` arrives. It takes no further requests meanwhile.
void FakeLlmServer::closeGracefully(QTcpSocket *socket)
{
    m_connections[socket].awaitingReply = true;
    socket->disconnectFromHost();
}

void FakeLlmServer::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket))
        socket->deleteLater();
}

nlohmann::json FakeLlmServer::anthropicText(const QString &text, int inputTokens, int outputTokens)
{
    return {
        {"id", nextId("msg_fake_")},
        {"type", "message"},
        {"role", "assistant"},
        {"model", "claude-test"},
        {"content", nlohmann::json::array({{{"type", "text"}, {"text", text.toStdString()}}})},
        {"stop_reason", "end_turn"},
        {"stop_sequence", nullptr},
        {"usage",
         {{"input_tokens", inputTokens},
          {"output_tokens", outputTokens},
          {"cache_creation_input_tokens", 0},
          {"cache_read_input_tokens", 0}}},
    };
}

nlohmann::json FakeLlmServer::anthropicToolUse(const QString &id, const QString &name, const nlohmann::json &input,
                                               const QString &text)
{
    nlohmann::json message = anthropicText(text);
    nlohmann::json content = nlohmann::json::array();
    // The model often says a sentence before calling a tool; without one the response carries only the call.
    if (!text.isEmpty())
        content.push_back({{"type", "text"}, {"text", text.toStdString()}});
    content.push_back({{"type", "tool_use"}, {"id", id.toStdString()}, {"name", name.toStdString()}, {"input", input}});
    message["content"] = std::move(content);
    message["stop_reason"] = "tool_use";
    return message;
}

nlohmann::json FakeLlmServer::anthropicError(int status, const QString &type, const QString &message)
{
    return {
        {"type", "error"},
        {"error", {{"type", type.toStdString()}, {"message", message.toStdString()}}},
        {"request_id", nextId("req_fake_error_") + '_' + std::to_string(status)},
    };
}

nlohmann::json FakeLlmServer::openAiText(const QString &text, int promptTokens, int completionTokens)
{
    return {
        {"id", nextId("chatcmpl-fake")},
        {"object", "chat.completion"},
        {"created", QDateTime::currentSecsSinceEpoch()},
        {"model", "gpt-test"},
        {"choices", nlohmann::json::array({{{"index", 0},
                                            {"message", {{"role", "assistant"}, {"content", text.toStdString()}}},
                                            {"finish_reason", "stop"}}})},
        {"usage",
         {{"prompt_tokens", promptTokens},
          {"completion_tokens", completionTokens},
          {"total_tokens", promptTokens + completionTokens},
          {"prompt_tokens_details", {{"cached_tokens", 0}}}}},
    };
}

nlohmann::json FakeLlmServer::openAiToolCall(const QString &id, const QString &name, const QString &argumentsString,
                                             const QString &finishReason)
{
    nlohmann::json completion = openAiText({});
    nlohmann::json &choice = completion["choices"][0];
    choice["message"]["content"] = nullptr; // the API sends null, not "", when the turn is only tool calls
    choice["message"]["tool_calls"] = nlohmann::json::array({{
        {"id", id.toStdString()},
        {"type", "function"},
        {"function", {{"name", name.toStdString()}, {"arguments", argumentsString.toStdString()}}},
    }});
    choice["finish_reason"] = finishReason.toStdString();
    return completion;
}

nlohmann::json FakeLlmServer::openAiError(const QString &message, const QString &type, const QString &code)
{
    // OpenAI's error body: {"error": {message, type, param, code}}.
    return {{"error",
             {{"message", message.toStdString()},
              {"type", type.toStdString()},
              {"param", nullptr},
              {"code", code.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(code.toStdString())}}}};
}
