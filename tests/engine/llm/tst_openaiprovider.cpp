// OpenAI Chat Completions, and OpenAI-compatible servers with their quirks, over real HTTP to a local fake server.
#include "jsoncompare.h"
#include "llm/openaiprovider.h"
#include "providerfixture.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {
const QString kKey = u"sk-proj-test0123456789abcdefghij"_s;
}

class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeLlmServer> m_server;
    RecordedWaits m_waits;

    std::unique_ptr<OpenAiProvider> provider(OpenAiProvider::Flavour flavour = OpenAiProvider::Flavour::OpenAi,
                                             const QString &key = kKey)
    {
        QUrl base = m_server->baseUrl();
        base.setPath(u"/v1"_s);
        auto p = std::make_unique<OpenAiProvider>(LlmEndpoint{base, key}, flavour);
        prepareForTest(*p, m_waits);
        return p;
    }

    static LlmResponse call(OpenAiProvider &p, const LlmRequest &request = sampleRequest())
    {
        return Wait::forTask(p.complete(request));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->isListening());
        m_waits = {};
    }

    void sendsChatCompletions()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"fine"_s)));
        auto p = provider();
        LlmRequest request = sampleRequest();
        request.temperature = 0.3;
        call(*p, request);
        const FakeLlmServer::Request &sent = m_server->requests().first();
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(sent.headers.value("authorization"), "Bearer " + kKey.toUtf8());
        const json &body = sent.json;
        QCOMPARE(body["max_completion_tokens"], 512);
        QVERIFY(!body.contains("max_tokens"));
        QCOMPARE(body["temperature"], 0.3);
        QCOMPARE(body["messages"][0],
                 (json{{"role", "system"}, {"content", "You are the Office Manager.\n\nNow: Tuesday 12:00."}}));
        QCOMPARE(body["messages"][1]["role"], "user");
        QCOMPARE(body["tools"][0]["type"], "function");
        QCOMPARE(body["tools"][0]["function"]["name"], "send_direct_message");
        QCOMPARE(body["tools"][0]["function"]["parameters"]["required"][1], "message");
    }

    void leavesTemperatureOutForReasoningModels()
    {
        auto openAi = provider();
        auto local = provider(OpenAiProvider::Flavour::Compatible, QString());
        LlmRequest request = sampleRequest();
        request.temperature = 0.2;
        request.model = u"gpt-4o-mini"_s;
        QVERIFY(openAi->requestBody(request).contains("temperature"));
        request.model = u"gpt-5-mini"_s;
        QVERIFY(!openAi->requestBody(request).contains("temperature"));
        request.model = u"o3"_s;
        QVERIFY(!openAi->requestBody(request).contains("temperature"));
        QVERIFY(local->requestBody(request).contains("temperature")); // a local "o3" is whatever the server says
    }

    void sendsToolResultsInTheNextRound()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"Done."_s)));
        auto p = provider();
        LlmRequest request = sampleRequest();
        LlmMessage assistant{LlmMessage::Role::Assistant, {}, {}, {}};
        LlmToolCall good;
        good.id = u"call_1"_s;
        good.name = u"send_direct_message"_s;
        good.arguments = {{"toUserId", "u-1"}, {"message", "Hi"}};
        good.rawArguments = u"{\"toUserId\":\"u-1\",\"message\":\"Hi\"}"_s;
        LlmToolCall broken;
        broken.id = u"call_2"_s;
        broken.name = u"flag_for_manager"_s;
        broken.rawArguments = u"{\"reason\": "_s;
        broken.argumentsError = u"the arguments are not valid JSON"_s;
        assistant.toolCalls << good << broken;
        request.messages << assistant;
        request.messages << LlmMessage{
            LlmMessage::Role::ToolResults,
            {},
            {},
            {{u"call_1"_s, u"Message sent."_s, false}, {u"call_2"_s, u"the arguments are not valid JSON"_s, true}}};
        call(*p, request);
        const json &messages = m_server->requests().first().json["messages"];
        QCOMPARE(messages.size(), 5u);
        QCOMPARE(messages[2]["role"], "assistant");
        QVERIFY(messages[2]["content"].is_null());
        QCOMPARE(messages[2]["tool_calls"][0]["function"]["arguments"], "{\"toUserId\":\"u-1\",\"message\":\"Hi\"}");
        QCOMPARE(messages[2]["tool_calls"][1]["function"]["arguments"], "{\"reason\": "); // sent back as it came
        QCOMPARE(messages[3], (json{{"role", "tool"}, {"tool_call_id", "call_1"}, {"content", "Message sent."}}));
        QCOMPARE(messages[4]["tool_call_id"], "call_2");
        QCOMPARE(messages[4]["content"], "Error: the arguments are not valid JSON");
    }

    void readsToolCallsAndKeepsBrokenArgumentsAsErrors()
    {
        json body = FakeLlmServer::openAiToolCall(u"call_a"_s, u"send_direct_message"_s,
                                                  u"{\"toUserId\": \"u-1\", \"message\": \"Hi\"}"_s);
        body["choices"][0]["message"]["tool_calls"].push_back(
            {{"id", "call_b"},
             {"type", "function"},
             {"function", {{"name", "flag_for_manager"}, {"arguments", "{\"reason\": \"late"}}}});
        body["choices"][0]["message"]["tool_calls"].push_back(
            {{"id", "call_c"},
             {"type", "function"},
             {"function", {{"name", "flag_for_manager"}, {"arguments", "[1, 2]"}}}});
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        auto p = provider();
        const LlmResponse response = call(*p);
        QCOMPARE(response.toolCalls.size(), 3);
        QVERIFY(response.toolCalls[0].hasValidArguments());
        QCOMPARE(response.toolCalls[0].arguments["message"], "Hi");
        QCOMPARE(response.toolCalls[1].argumentsError, u"the arguments are not valid JSON"_s);
        QCOMPARE(response.toolCalls[1].rawArguments, u"{\"reason\": \"late"_s);
        QCOMPARE(response.toolCalls[2].argumentsError, u"the arguments are not a JSON object"_s);
    }

    // OpenAI answers finish_reason "stop" with tool calls when a function is named: the calls decide.
    void decidesToolTurnsByTheCallsNotFinishReason()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::openAiToolCall(u"call_a"_s, u"flag_for_manager"_s, u"{\"reason\":\"x\"}"_s, u"stop"_s)));
        json lengthWithoutCalls = FakeLlmServer::openAiText(u"cut sh"_s);
        lengthWithoutCalls["choices"][0]["finish_reason"] = "length";
        m_server->enqueue(FakeLlmServer::Reply::json(lengthWithoutCalls));
        auto p = provider();
        const LlmResponse tools = call(*p);
        QCOMPARE(tools.stopReason, LlmStopReason::ToolUse);
        QCOMPARE(tools.rawStopReason, u"stop"_s);
        QCOMPARE(call(*p).stopReason, LlmStopReason::MaxTokens);
    }

    void readsUsageWithCachedTokens()
    {
        json body = FakeLlmServer::openAiText(u"ok"_s, 1000, 40);
        body["usage"]["prompt_tokens_details"]["cached_tokens"] = 768;
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        auto p = provider();
        const LlmResponse response = call(*p);
        QCOMPARE(response.usage.inputTokens, 232); // prompt_tokens includes the cached ones
        QCOMPARE(response.usage.cacheReadTokens, 768);
        QCOMPARE(response.usage.outputTokens, 40);
        QCOMPARE(response.usage.totalInputTokens(), 1000);
        QCOMPARE(response.requestId, u"req_fake_0"_s);
    }

    void readsARefusal()
    {
        json body = FakeLlmServer::openAiText(QString());
        body["choices"][0]["message"]["content"] = nullptr;
        body["choices"][0]["message"]["refusal"] = "I can't help with that.";
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        auto p = provider();
        const LlmResponse response = call(*p);
        QCOMPARE(response.stopReason, LlmStopReason::Refusal);
        QCOMPARE(response.text, u"I can't help with that."_s);
    }

    void toleratesCompatibleServersQuirks()
    {
        json body = FakeLlmServer::openAiToolCall(QString(), u"send_direct_message"_s, QString());
        body["choices"][0]["message"]["tool_calls"][0].erase("id");
        body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = {{"toUserId", "u-1"},
                                                                                   {"message", "Hi"}};
        m_server->enqueue(FakeLlmServer::Reply::json(body));
        auto p = provider(OpenAiProvider::Flavour::Compatible, QString());
        QVERIFY(p->displayName().startsWith(u"the OpenAI-compatible server at 127.0.0.1:"_s));
        const LlmResponse response = call(*p);
        QCOMPARE(response.toolCalls.size(), 1);
        QCOMPARE(response.toolCalls[0].id, u"call_0"_s);
        QVERIFY(response.toolCalls[0].hasValidArguments());
        QCOMPARE(response.toolCalls[0].arguments["toUserId"], "u-1");
        const FakeLlmServer::Request &sent = m_server->requests().first();
        QVERIFY(!sent.headers.contains("authorization")); // local servers need no key
        QCOMPARE(sent.json["max_tokens"], 512);
        QVERIFY(!sent.json.contains("max_completion_tokens"));
    }

    void doesNotRetryAnExhaustedQuota()
    {
        m_server->enqueue(
            FakeLlmServer::Reply::json(FakeLlmServer::openAiError(u"You exceeded your current quota."_s,
                                                                  u"insufficient_quota"_s, u"insufficient_quota"_s),
                                       429));
        auto p = provider();
        try {
            call(*p);
            QFAIL("succeeded without quota");
        } catch (const LlmError &error) {
            QCOMPARE(error.kind(), LlmError::Kind::QuotaExhausted);
            QCOMPARE(error.message(), u"The OpenAI account is out of credit or over its spending limit (429); retrying "
                                      "will not help until it is topped up or the limit raised."_s);
        }
        QCOMPARE(m_server->requests().size(), 1);
    }

    void neverRepeatsAKey()
    {
        m_server->enqueue(FakeLlmServer::Reply::json(
            FakeLlmServer::openAiError(
                u"Incorrect API key provided: "_s + kKey +
                    u". Also seen: sk-live-zyxwvutsrq987. "
                    "You can find your API key at https://platform.openai.com/account/api-keys."_s,
                u"invalid_request_error"_s, u"invalid_api_key"_s),
            401));
        auto p = provider();
        try {
            call(*p);
            QFAIL("succeeded with a rejected key");
        } catch (const LlmError &error) {
            QCOMPARE(error.message(), u"The OpenAI API key was rejected (401). Check the key in Agent settings."_s);
            QVERIFY2(!error.detail().contains(kKey), qPrintable(error.detail()));
            QVERIFY2(!error.detail().contains(u"0123456789"_s), qPrintable(error.detail()));
            QVERIFY2(error.detail().contains(u"Incorrect API key provided: ***."_s), qPrintable(error.detail()));
            QVERIFY2(error.detail().contains(u"Also seen: sk-liv***."_s), qPrintable(error.detail()));
            QVERIFY(!error.detail().contains(u"zyxwvutsrq987"_s));
        }
    }

    void retriesRateLimitsWithRetryAfterMs()
    {
        m_server->enqueue(
            FakeLlmServer::Reply::json(
                FakeLlmServer::openAiError(u"Rate limit reached"_s, u"requests"_s, u"rate_limit_exceeded"_s), 429)
                .withHeader("retry-after-ms", "1200"));
        m_server->enqueue(FakeLlmServer::Reply::json(FakeLlmServer::openAiText(u"ok"_s)));
        auto p = provider();
        QCOMPARE(call(*p).attempts, 2);
        QCOMPARE(m_waits.delaysMs, QList<int>{1200});
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
