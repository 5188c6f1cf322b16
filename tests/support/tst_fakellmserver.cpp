// The fake LLM server must behave like a real HTTP/1.1 peer to a plain QNetworkAccessManager, because the
// providers' tests trust it: status, headers and bodies as scripted, kept-alive connections, and failures
// (hang, cut, no reply queued) that look like the real ones from the client's side.
#include "fakellmserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestFakeLlmServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QNetworkReply *post(const QString &path, const QByteArray &body, int transferTimeoutMs = 0)
    {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("x-api-key", "sk-test");
        request.setRawHeader("anthropic-version", "2023-06-01");
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        return m_nam->post(request, body);
    }

    static nlohmann::json bodyOf(QNetworkReply *reply)
    {
        return nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->isListening());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy); // a proxy from the environment must not see test traffic
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void scriptedReplyArrivesAndRequestIsRecorded()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Bonjour"_s, 12, 3), 200)
                              .withHeader("retry-after", "7"));
        QSignalSpy received(m_server.get(), &FakeLlmServer::requestReceived);
        const QByteArray body = R"({"model":"claude-test","max_tokens":64,"messages":[]})";
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY(finished.count() == 1);

        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("request-id"), "req_fake_0");
        QCOMPARE(reply->rawHeader("x-request-id"), "req_fake_0");
        QCOMPARE(reply->rawHeader("retry-after"), "7");
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
        const nlohmann::json json = bodyOf(reply.get());
        QCOMPARE(json["content"][0]["text"].get<std::string>(), "Bonjour");
        QCOMPARE(json["usage"]["input_tokens"].get<int>(), 12);
        QCOMPARE(json["stop_reason"].get<std::string>(), "end_turn");

        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toInt(), 0);
        QCOMPARE(m_server->requests().size(), 1);
        const FakeLlmServer::Request &request = m_server->requests().at(0);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/v1/messages");
        QCOMPARE(request.headers.value("x-api-key"), "sk-test");
        QCOMPARE(request.headers.value("anthropic-version"), "2023-06-01");
        QCOMPARE(request.body, body);
        QCOMPARE(request.json["max_tokens"].get<int>(), 64);
        QCOMPARE(m_server->pendingReplies(), 0);
    }

    void keptAliveConnectionServesSeveralRequests()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"one"_s)));
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"two"_s)));
        std::unique_ptr<QNetworkReply> first(post(u"/v1/chat/completions"_s, "{}"));
        QSignalSpy firstConnecting(first.get(), &QNetworkReply::socketStartedConnecting);
        QSignalSpy firstFinished(first.get(), &QNetworkReply::finished);
        QTRY_VERIFY(firstFinished.count() == 1);
        QCOMPARE(firstConnecting.count(), 1); // so that its absence below means something
        QCOMPARE(bodyOf(first.get())["choices"][0]["message"]["content"].get<std::string>(), "one");

        // The second request reuses the idle connection: its reply never starts connecting a socket.
        std::unique_ptr<QNetworkReply> second(post(u"/v1/chat/completions"_s, "{}"));
        QSignalSpy connecting(second.get(), &QNetworkReply::socketStartedConnecting);
        QSignalSpy secondFinished(second.get(), &QNetworkReply::finished);
        QTRY_VERIFY(secondFinished.count() == 1);
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QCOMPARE(bodyOf(second.get())["choices"][0]["message"]["content"].get<std::string>(), "two");
        QCOMPARE(second->rawHeader("x-request-id"), "req_fake_1");
        QCOMPARE(connecting.count(), 0);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void unscriptedRequestGetsA500()
    {
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, "not json"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY(finished.count() == 1);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
        const nlohmann::json json = bodyOf(reply.get());
        QCOMPARE(json["type"].get<std::string>(), "error");
        QCOMPARE(json["error"]["type"].get<std::string>(), "api_error");
        QVERIFY(QByteArray::fromStdString(json["error"]["message"].get<std::string>()).contains("no scripted reply"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().at(0).body, "not json");
        QVERIFY(m_server->requests().at(0).json.is_null());
    }

    void delayedReplyLeavesTheEventLoopRunning()
    {
        m_server->enqueue(FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"later"_s), 300));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, "{}"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 5000);
        QVERIFY2(clock.elapsed() >= 250, QByteArray::number(clock.elapsed()).constData());
        QVERIFY2(ticks >= 10, QByteArray::number(ticks).constData()); // a blocking server would starve the ticker
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(bodyOf(reply.get())["content"][0]["text"].get<std::string>(), "later");
    }

    void hangEndsInTheClientsTimeout()
    {
        m_server->enqueue(FakeLlmServer::Reply::hang());
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, "{}", 300));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 5000);
        QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError,
                 qPrintable(reply->errorString()));
        QCOMPARE(m_server->requests().size(), 1);

        // The server is not stuck: the next request is answered.
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"ok"_s)));
        std::unique_ptr<QNetworkReply> next(post(u"/v1/messages"_s, "{}"));
        QSignalSpy nextFinished(next.get(), &QNetworkReply::finished);
        QTRY_VERIFY(nextFinished.count() == 1);
        QCOMPARE(next->error(), QNetworkReply::NoError);
    }

    // Qt 6.4 sends a request once more, even a POST, when the connection closes while it waits for the response
    // (QHttpNetworkConnectionChannel's reconnectAttempts). The client only sees the cut if both sends are cut.
    void cutClosesWithoutAResponse()
    {
        m_server->enqueue(FakeLlmServer::Reply::cut());
        m_server->enqueue(FakeLlmServer::Reply::cut());
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, R"({"a":1})"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY(finished.count() == 1);
        QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError, qPrintable(reply->errorString()));
        QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
        QCOMPARE(m_server->pendingReplies(), 0);
    }

    void singleCutIsHiddenByTheResend()
    {
        m_server->enqueue(FakeLlmServer::Reply::cut());
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"recovered"_s)));
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, "{}"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY(finished.count() == 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(bodyOf(reply.get())["content"][0]["text"].get<std::string>(), "recovered");
        QCOMPARE(reply->rawHeader("request-id"), "req_fake_1");
        QCOMPARE(m_server->requests().size(), 2);
    }

    void malformedBodyPassesThroughUnchanged()
    {
        // (Not a raw string literal: moc 6.4 loses track of one whose text ends in a quote.)
        const QByteArray broken = "{\"id\":\"msg_1\",\"content\":[{\"type\":\"text\",\"text\":\"unterminated";
        m_server->enqueue(FakeLlmServer::Reply::raw(200, broken));
        std::unique_ptr<QNetworkReply> reply(post(u"/v1/messages"_s, "{}"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QTRY_VERIFY(finished.count() == 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), broken);
    }

    // What QNetworkAccessManager never does but other clients may: 100-continue, a request split across TCP
    // segments, and a second request pipelined behind the first.
    void rawSocketContinueChunksAndPipelining()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"a"_s)));
        m_server->enqueue(FakeLlmServer::Reply::raw(429, "{}").withHeader("retry-after", "1"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });

        socket.write(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n");
        QTRY_VERIFY(received.contains("100 Continue\r\n\r\n"));
        received.clear();
        socket.write("{\"x\":");
        QTest::qWait(50); // only to let the halves arrive as separate segments
        QVERIFY(received.isEmpty());
        socket.write("12345}"
                     "GET /second HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(received.contains("HTTP/1.1 429 Too Many Requests\r\n"));
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(received.contains("retry-after: 1\r\n"));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).json["x"].get<int>(), 12345);
        QCOMPARE(m_server->requests().at(1).method, "GET");
        QCOMPARE(m_server->requests().at(1).path, "/second");
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void connectionCloseIsHonouredAfterTheResponse()
    {
        m_server->enqueue(FakeLlmServer::Reply::raw(200, QByteArray(256 * 1024, 'x')));
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
        socket.write("GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
        received += socket.readAll();
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(received.endsWith(QByteArray(256 * 1024, 'x'))); // the whole body drained before the close
    }

    void readyMadeBodiesHaveTheRealShape()
    {
        const nlohmann::json toolUse =
            FakeLlmServer::anthropicToolUse(u"toolu_1"_s, u"get_x"_s, {{"k", 1}}, u"Let me look."_s);
        QCOMPARE(toolUse["stop_reason"].get<std::string>(), "tool_use");
        QCOMPARE(toolUse["content"].size(), 2u);
        QCOMPARE(toolUse["content"][1]["input"]["k"].get<int>(), 1);
        QVERIFY(toolUse["stop_sequence"].is_null());
        QCOMPARE(toolUse["usage"]["cache_read_input_tokens"].get<int>(), 0);
        QCOMPARE(FakeLlmServer::anthropicToolUse(u"t"_s, u"n"_s, nlohmann::json::object())["content"].size(), 1u);

        const nlohmann::json call = FakeLlmServer::openAiToolCall(u"call_1"_s, u"get_x"_s, u"{\"k\":"_s);
        const nlohmann::json &message = call["choices"][0]["message"];
        QVERIFY(message["content"].is_null());
        QCOMPARE(message["tool_calls"][0]["function"]["arguments"].get<std::string>(), "{\"k\":");
        QCOMPARE(call["choices"][0]["finish_reason"].get<std::string>(), "tool_calls");
        QCOMPARE(call["usage"]["prompt_tokens_details"]["cached_tokens"].get<int>(), 0);

        const nlohmann::json error = FakeLlmServer::anthropicError(529, u"overloaded_error"_s, u"Overloaded"_s);
        QCOMPARE(error["error"]["type"].get<std::string>(), "overloaded_error");
        QVERIFY(error["request_id"].get<std::string>().starts_with("req_"));
        const nlohmann::json openAi =
            FakeLlmServer::openAiError(u"quota"_s, u"insufficient_quota"_s, u"insufficient_quota"_s);
        QVERIFY(openAi["error"]["param"].is_null());
        QCOMPARE(openAi["error"]["code"].get<std::string>(), "insufficient_quota");
    }
};

QTEST_GUILESS_MAIN(TestFakeLlmServer)
#include "tst_fakellmserver.moc"
