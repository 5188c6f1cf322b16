// The Anthropic Messages API over real HTTP to a local fake server: what is sent, what is understood, how failures
// are retried and explained.
#include "jsoncompare.h"
#include "llm/anthropicprovider.h"
#include "providerfixture.h"
#include "wait.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QString kKey = u"sk-ant-test-0123456789abcdef"_s;
}

class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<AnthropicProvider> m_provider;
    RecordedWaits m_waits;

    LlmResponse call(const LlmRequest &request = sampleRequest())
    {
        return Wait::forTask(m_provider->complete(request));
    }

    LlmError failure(const LlmRequest &request = sampleRequest())
    {
        try {
            call(request);
        } catch (const LlmError &error) {
            return error;
        }
        qFatal("the call succeeded");
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->isListening());
        m_provider = std::make_unique<AnthropicProvider>(LlmEndpoint{m_server->baseUrl(), kKey});
        m_waits = {};
        prepareForTest(*m_provider, m_waits);
    }

    void sendsTheMessagesApiRequest()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"All calm."_s)));
        call();
        QCOMPARE(m_server->requests().size(), 1);
        const FakeLlmServer::Request &sent = m_server->requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1/messages"));
        QCOMPARE(sent.headers.value("x-api-key"), kKey.toUtf8());
        QCOMPARE(sent.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(sent.headers.value("x-stainless-retry-count"), QByteArray("0"));

        const json &body = sent.json;
        QCOMPARE(body["model"], "claude-haiku-4-5");
        QCOMPARE(body["max_tokens"], 512);
        QVERIFY(!body.contains("temperature")); // unset: some models reject sampling parameters
        // The stable prefix is marked for caching: the last tool and the cached system block, nothing else.
        QCOMPARE(body["tools"].size(), 2u);
        QCOMPARE(body["tools"][0]["name"], "send_direct_message");
        QCOMPARE(body["tools"][0]["input_schema"]["required"][0], "toUserId");
        QVERIFY(!body["tools"][0].contains("cache_control"));
        QCOMPARE(body["tools"][1]["cache_control"], (json{{"type", "ephemeral"}}));
        QCOMPARE(body["system"][0]["text"], "You are the Office Manager.");
        QCOMPARE(body["system"][0]["cache_control"], (json{{"type", "ephemeral"}}));
        QVERIFY(!body["system"][1].contains("cache_control"));
        QCOMPARE(body["messages"][0]["role"], "user");
        QCOMPARE(body["messages"][0]["content"], "Current state: Ana is 25 minutes late.");
    }

    // Prompt caching is a byte-exact prefix match: the same request must be the same bytes, keys in one order.
    void emitsCanonicalJson()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"a"_s)));
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"b"_s)));
        LlmRequest request = sampleRequest();
        request.temperature = 0.3;
        call(request);
        call(request);
        const QByteArray first = m_server->requests().at(0).body;
        QCOMPARE(m_server->requests().at(1).body, first);
        QCOMPARE(first, QByteArray::fromStdString(json::parse(first.toStdString()).dump())); // sorted keys, compact
    }

    // Adaptive-thinking models answer 400 to a temperature: it is left out for them, kept for the others.
    void sendsTemperatureOnlyToModelsThatTakeIt_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("sent");
        QTest::newRow("haiku 4.5") << u"claude-haiku-4-5"_s << true;
        QTest::newRow("sonnet 4.6") << u"claude-sonnet-4-6"_s << true;
        QTest::newRow("opus 4.7") << u"claude-opus-4-7"_s << false;
        QTest::newRow("sonnet 5") << u"claude-sonnet-5"_s << false;
        QTest::newRow("fable 5.1") << u"claude-fable-5-1"_s << false;
    }

    void sendsTemperatureOnlyToModelsThatTakeIt()
    {
        QFETCH(QString, model);
        QFETCH(bool, sent);
        LlmRequest request = sampleRequest();
        request.model = model;
        request.temperature = 0.3;
        QCOMPARE(m_provider->requestBody(request).contains("temperature"), sent);
    }

    void sendsToolResultsInTheNextRound()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"Done."_s)));
        LlmRequest request = sampleRequest();
        LlmMessage assistant{LlmMessage::Role::Assistant, u"Checking in with Ana."_s, {}, {}};
        LlmToolCall call1;
        call1.id = u"toolu_01"_s;
        call1.name = u"send_direct_message"_s;
        call1.arguments = {{"toUserId", "u-1"}, {"message", "Hi Ana"}};
        assistant.toolCalls << call1;
        request.messages << assistant;
        request.messages << LlmMessage{
            LlmMessage::Role::ToolResults, {}, {}, {{u"toolu_01"_s, u"Message sent."_s, false}}};
        call(request);
        const json &messages = m_server->requests().first().json["messages"];
        QCOMPARE(messages.size(), 3u);
        QCOMPARE(messages[1]["role"], "assistant");
        QCOMPARE(messages[1]["content"][0], (json{{"type", "text"}, {"text", "Checking in with Ana."}}));
        QCOMPARE(messages[1]["content"][1]["type"], "tool_use");
        QCOMPARE(messages[1]["content"][1]["id"], "toolu_01");
        QCOMPARE(messages[1]["content"][1]["input"]["toUserId"], "u-1");
        QCOMPARE(messages[2]["role"], "user");
        QCOMPARE(messages[2]["content"][0], (json{{"type", "tool_result"},
                                                  {"tool_use_id", "toolu_01"},
                                                  {"content", "Message sent."},
                                                  {"is_error", false}}));
    }

    void readsTextUsageAndCacheTokens()
    {
        json body = FakeLlmServer::anthropicText(u"Nothing needs attention."_s, 120, 30);
        body["usage"]["cache_read_input_tokens"] = 2048;
        body["usage"]["cache_creation_input_tokens"] = 1500;
        body["usage"]["cache_creation"] = {{"ephemeral_5m_input_tokens", 1000}, {"ephemeral_1h_input_tokens", 500}};
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        const LlmResponse response = call();
        QCOMPARE(response.text, u"Nothing needs attention."_s);
        QCOMPARE(response.stopReason, LlmStopReason::EndTurn);
        QCOMPARE(response.usage.inputTokens, 120);
        QCOMPARE(response.usage.outputTokens, 30);
        QCOMPARE(response.usage.cacheReadTokens, 2048);
        QCOMPARE(response.usage.cacheWriteTokens, 1500);
        QCOMPARE(response.usage.cacheWrite1hTokens, 500);
        QCOMPARE(response.usage.totalInputTokens(), 120 + 2048 + 1500);
        QCOMPARE(response.requestId, u"req_fake_0"_s);
        QCOMPARE(response.model, u"claude-test"_s);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(response.raw["content"][0]["text"], "Nothing needs attention.");
    }

    void readsToolCalls()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicToolUse(
            u"toolu_42"_s, u"send_direct_message"_s, {{"toUserId", "u-1"}, {"message", "Hi"}}, u"Ana is late."_s)));
        const LlmResponse response = call();
        QVERIFY(response.wantsTools());
        QCOMPARE(response.stopReason, LlmStopReason::ToolUse);
        QCOMPARE(response.text, u"Ana is late."_s);
        QCOMPARE(response.toolCalls.size(), 1);
        QCOMPARE(response.toolCalls[0].id, u"toolu_42"_s);
        QCOMPARE(response.toolCalls[0].name, u"send_direct_message"_s);
        QVERIFY(response.toolCalls[0].hasValidArguments());
        QCOMPARE(response.toolCalls[0].arguments["toUserId"], "u-1");
    }

    void handlesEveryStopReason_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<LlmStopReason>("reason");
        QTest::newRow("end_turn") << u"end_turn"_s << LlmStopReason::EndTurn;
        QTest::newRow("max_tokens") << u"max_tokens"_s << LlmStopReason::MaxTokens;
        QTest::newRow("stop_sequence") << u"stop_sequence"_s << LlmStopReason::StopSequence;
        QTest::newRow("pause_turn") << u"pause_turn"_s << LlmStopReason::PauseTurn;
        QTest::newRow("refusal") << u"refusal"_s << LlmStopReason::Refusal;
        QTest::newRow("context window") << u"model_context_window_exceeded"_s << LlmStopReason::ContextWindowExceeded;
        QTest::newRow("something new") << u"future_reason"_s << LlmStopReason::Unknown;
    }

    void handlesEveryStopReason()
    {
        QFETCH(QString, raw);
        QFETCH(LlmStopReason, reason);
        json body = FakeLlmServer::anthropicText(QString());
        body["content"] = json::array(); // a refusal may come with no content at all
        body["stop_reason"] = raw.toStdString();
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        const LlmResponse response = call();
        QCOMPARE(response.stopReason, reason);
        QCOMPARE(response.rawStopReason, raw);
        QVERIFY(response.text.isEmpty());
    }

    void explainsARejectedKeyWithoutRetrying()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s), 401));
        const LlmError error = failure();
        QCOMPARE(error.kind(), LlmError::Kind::Authentication);
        QCOMPARE(error.message(), u"The Anthropic API key was rejected (401). Check the key in Agent settings."_s);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_waits.delaysMs.isEmpty());
        QVERIFY(!error.message().contains(kKey) && !error.detail().contains(kKey));
        QVERIFY(error.detail().contains(u"invalid x-api-key"_s));
    }

    void waitsAsTheServerAsksThenSucceeds()
    {
        m_server->enqueue(
            FakeLlmServer::Reply::json(FakeLlmServer::anthropicError(429, u"rate_limit_error"_s, u"slow down"_s), 429)
                .withHeader("retry-after", "7"));
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"ok"_s)));
        const LlmResponse response = call();
        QCOMPARE(response.text, u"ok"_s);
        QCOMPARE(response.attempts, 2);
        QCOMPARE(m_waits.delaysMs, QList<int>{7000});
        QCOMPARE(m_server->requests().at(1).headers.value("x-stainless-retry-count"), QByteArray("1"));
        QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
    }

    void givesUpOnAnOverloadedServer()
    {
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(FakeLlmServer::Reply::json(
                FakeLlmServer::anthropicError(529, u"overloaded_error"_s, u"Overloaded"_s), 529));
        const LlmError error = failure();
        QCOMPARE(error.kind(), LlmError::Kind::Overloaded);
        QCOMPARE(error.message(), u"Anthropic is overloaded (529) after 3 attempts: try again in a few minutes."_s);
        QCOMPARE(error.attempts(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_waits.delaysMs, (QList<int>{500, 1000})); // exponential backoff, jitter pinned
    }

    void doesNotRetryASpendLimit()
    {
        json body = FakeLlmServer::anthropicError(429, u"rate_limit_error"_s, u"spend limit reached"_s);
        body["error"]["details"] = {{"error_code", "enforced_spend_limit_reached"}};
        m_server->enqueue(FakeLlmServer::Reply::json(body, 429));
        const LlmError error = failure();
        QCOMPARE(error.kind(), LlmError::Kind::QuotaExhausted);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(error.message().contains(u"retrying will not help"_s));
    }

    void retriesServerErrorsAndCutConnections()
    {
        m_server->enqueue(
            FakeLlmServer::Reply::json(FakeLlmServer::anthropicError(500, u"api_error"_s, u"boom"_s), 500));
        m_server->enqueue(FakeLlmServer::Reply::cut());
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::anthropicText(u"third time"_s)));
        QCOMPARE(call().text, u"third time"_s);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void timesOutOnAServerThatHangs()
    {
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(FakeLlmServer::Reply::hang());
        LlmRequest request = sampleRequest();
        request.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const LlmError error = failure(request);
        QCOMPARE(error.kind(), LlmError::Kind::Timeout);
        QCOMPARE(error.message(),
                 u"Anthropic did not answer within 0.3 s after 3 attempts: check the network, or raise "
                 "the timeout in Agent settings."_s);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void reportsAnAnswerItCannotRead()
    {
        m_server->enqueue(FakeLlmServer::Reply::raw(200, "{\"content\": [oops"));
        const LlmError error = failure();
        QCOMPARE(error.kind(), LlmError::Kind::MalformedResponse);
        QCOMPARE(m_server->requests().size(), 1); // a garbled answer is not retried
    }

    void explainsAnUnreachableServer()
    {
        const QUrl nowhere = m_server->baseUrl();
        m_server.reset(); // nobody listens there any more
        AnthropicProvider provider(LlmEndpoint{nowhere, kKey});
        prepareForTest(provider, m_waits);
        try {
            Wait::forTask(provider.complete(sampleRequest()));
            QFAIL("reached a closed port");
        } catch (const LlmError &error) {
            QCOMPARE(error.kind(), LlmError::Kind::Network);
            QVERIFY2(error.message().startsWith(u"Could not reach Anthropic at 127.0.0.1 after 3 attempts"_s),
                     qPrintable(error.message()));
        }
    }

    void canBeCancelled()
    {
        m_server->enqueue(FakeLlmServer::Reply::hang());
        LlmCancellation cancellation;
        QTimer::singleShot(100, &cancellation, &LlmCancellation::cancel);
        try {
            Wait::forTask(m_provider->complete(sampleRequest(), &cancellation));
            QFAIL("a cancelled call succeeded");
        } catch (const LlmError &error) {
            QCOMPARE(error.kind(), LlmError::Kind::Cancelled);
        }
        QCOMPARE(m_server->requests().size(), 1);
    }

    // While a slow answer is awaited, the caller's (GUI) thread keeps turning its event loop.
    void keepsTheEventLoopTurning()
    {
        m_server->enqueue(FakeLlmServer::Reply::delayed(FakeLlmServer::anthropicText(u"slow"_s), 600));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks]() { ++ticks; });
        ticker.start(10);
        QCOMPARE(call().text, u"slow"_s);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
