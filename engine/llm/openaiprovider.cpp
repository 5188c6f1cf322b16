#include "llm/openaiprovider.h"

#include "llm/jsonutil.h"
#include "llm/modelcapabilities.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

QString argumentsText(const LlmToolCall &call)
{
    if (!call.rawArguments.isEmpty())
        return call.rawArguments;
    return QString::fromStdString(call.arguments.dump());
}

void appendMessage(json &messages, const LlmMessage &message)
{
    switch (message.role) {
    case LlmMessage::Role::User:
        messages.push_back({{"role", "user"}, {"content", message.text.toStdString()}});
        return;
    case LlmMessage::Role::Assistant: {
        json turn = {{"role", "assistant"}};
        turn["content"] = message.text.isEmpty() ? json(nullptr) : json(message.text.toStdString());
        if (!message.toolCalls.isEmpty()) {
            json calls = json::array();
            for (const LlmToolCall &call : message.toolCalls) {
                // Strict servers want the arguments as a string, whatever shape they arrived in.
                calls.push_back(
                    {{"id", call.id.toStdString()},
                     {"type", "function"},
                     {"function",
                      {{"name", call.name.toStdString()}, {"arguments", argumentsText(call).toStdString()}}}});
            }
            turn["tool_calls"] = calls;
        }
        messages.push_back(turn);
        return;
    }
    case LlmMessage::Role::ToolResults:
        for (const LlmToolResult &result : message.results) {
            const QString content = result.isError ? u"Error: "_s + result.content : result.content;
            messages.push_back({{"role", "tool"},
                                {"tool_call_id", result.toolCallId.toStdString()},
                                {"content", content.toStdString()}});
        }
        return;
    }
}

LlmToolCall toolCallFrom(const json &call, int index)
{
    LlmToolCall result;
    result.id = JsonUtil::string(call, "id");
    if (result.id.isEmpty())
        result.id = u"call_%1"_s.arg(index); // some local servers omit ids; results must still pair with calls
    const json function = call.value("function", json::object());
    result.name = JsonUtil::string(function, "name");
    const json arguments = function.value("arguments", json());
    if (arguments.is_object()) { // a known llama.cpp / Ollama quirk
        result.arguments = arguments;
        result.rawArguments = QString::fromStdString(arguments.dump());
    } else if (arguments.is_string()) {
        result.rawArguments = QString::fromStdString(arguments.get<std::string>());
        const std::string text = arguments.get<std::string>();
        const json parsed = json::parse(text.empty() ? std::string("{}") : text, nullptr, false);
        if (parsed.is_discarded())
            result.argumentsError = u"the arguments are not valid JSON"_s;
        else if (!parsed.is_object())
            result.argumentsError = u"the arguments are not a JSON object"_s;
        else
            result.arguments = parsed;
    } else {
        result.argumentsError = u"the call has no arguments"_s;
    }
    if (result.name.isEmpty())
        result.argumentsError = u"the call names no tool"_s;
    return result;
}

} // namespace

OpenAiProvider::OpenAiProvider(LlmEndpoint endpoint, Flavour flavour, QNetworkAccessManager *network)
    : HttpLlmProvider(std::move(endpoint), network), m_flavour(flavour)
{}

QString OpenAiProvider::id() const
{
    return m_flavour == Flavour::OpenAi ? u"openai"_s : u"openai-compatible"_s;
}

QString OpenAiProvider::displayName() const
{
    if (m_flavour == Flavour::OpenAi)
        return u"OpenAI"_s;
    const QUrl &url = endpoint().baseUrl;
    return u"the OpenAI-compatible server at %1"_s.arg(url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port())
                                                                      : url.host());
}

QString OpenAiProvider::priceProvider() const
{
    // A compatible server's models are priced only under "openai-compatible" in the price file (a user can add
    // DeepSeek's there); a local model is otherwise unknown, never priced as an OpenAI one of the same name.
    return id();
}

QUrl OpenAiProvider::requestUrl() const
{
    return urlFor(u"/chat/completions"_s);
}

QList<QPair<QByteArray, QByteArray>> OpenAiProvider::requestHeaders() const
{
    if (endpoint().apiKey.isEmpty())
        return {};
    return {{"authorization", "Bearer " + endpoint().apiKey.toUtf8()}};
}

json OpenAiProvider::requestBody(const LlmRequest &request) const
{
    json body = {{"model", request.model.toStdString()}};
    body[m_flavour == Flavour::OpenAi ? "max_completion_tokens" : "max_tokens"] = request.maxOutputTokens;
    // Local servers take whatever they are given; OpenAI's reasoning models refuse sampling parameters.
    if (request.temperature &&
        (m_flavour == Flavour::Compatible || ModelCapabilities::acceptsTemperature(request.model)))
        body["temperature"] = *request.temperature;
    json messages = json::array();
    if (!request.system.isEmpty()) {
        QStringList parts;
        for (const LlmSystemBlock &block : request.system)
            parts << block.text;
        messages.push_back({{"role", "system"}, {"content", parts.join(u"\n\n"_s).toStdString()}});
    }
    for (const LlmMessage &message : request.messages)
        appendMessage(messages, message);
    body["messages"] = messages;
    if (!request.tools.isEmpty()) {
        json tools = json::array();
        for (const LlmToolSpec &tool : request.tools) {
            tools.push_back({{"type", "function"},
                             {"function",
                              {{"name", tool.name.toStdString()},
                               {"description", tool.description.toStdString()},
                               {"parameters", tool.inputSchema}}}});
        }
        body["tools"] = tools;
    }
    return body;
}

QByteArray OpenAiProvider::encode(const LlmRequest &request) const
{
    return QByteArray::fromStdString(requestBody(request).dump());
}

LlmResponse OpenAiProvider::decode(const json &body, const HttpResult &http) const
{
    const json choices = body.value("choices", json());
    if (!choices.is_array() || choices.empty() || !choices[0].is_object())
        throw LlmError(LlmError::Kind::MalformedResponse,
                       u"%1 sent an answer without choices; the run stopped here."_s.arg(displayName()),
                       redact(QString::fromUtf8(http.body.left(2000))), http.status);
    const json &choice = choices[0];
    const json message = choice.value("message", json::object());
    LlmResponse response;
    response.model = JsonUtil::string(body, "model");
    response.requestId = QString::fromLatin1(http.headers.value("x-request-id"));
    if (message.contains("content") && message["content"].is_string()) {
        response.text = QString::fromStdString(message["content"].get<std::string>());
    } else if (message.contains("content") && message["content"].is_array()) {
        QStringList parts;
        for (const json &part : message["content"])
            parts << JsonUtil::string(part, "text");
        response.text = parts.join(QString());
    }
    if (message.contains("tool_calls") && message["tool_calls"].is_array()) {
        int index = 0;
        for (const json &call : message["tool_calls"])
            response.toolCalls << toolCallFrom(call, index++);
    }
    response.rawStopReason = JsonUtil::string(choice, "finish_reason");
    const QString refusal = JsonUtil::string(message, "refusal");
    if (!response.toolCalls.isEmpty())
        response.stopReason = LlmStopReason::ToolUse; // whatever finish_reason says
    else if (!refusal.isEmpty())
        response.stopReason = LlmStopReason::Refusal;
    else if (response.rawStopReason == u"length"_s)
        response.stopReason = LlmStopReason::MaxTokens;
    else if (response.rawStopReason == u"content_filter"_s)
        response.stopReason = LlmStopReason::ContentFilter;
    else if (response.rawStopReason == u"stop"_s || response.rawStopReason == u"tool_calls"_s)
        response.stopReason = LlmStopReason::EndTurn;
    if (response.text.isEmpty() && !refusal.isEmpty())
        response.text = refusal;

    // prompt_tokens includes the cached ones; keep inputTokens as the uncached remainder for every provider.
    const json usage = body.value("usage", json::object());
    const json details = usage.value("prompt_tokens_details", json::object());
    const qint64 prompt = JsonUtil::integer(usage, "prompt_tokens");
    response.usage.cacheReadTokens = JsonUtil::integer(details, "cached_tokens");
    response.usage.cacheWriteTokens = JsonUtil::integer(details, "cache_write_tokens");
    response.usage.inputTokens =
        std::max<qint64>(0, prompt - response.usage.cacheReadTokens - response.usage.cacheWriteTokens);
    response.usage.outputTokens = JsonUtil::integer(usage, "completion_tokens");
    return response;
}

HttpLlmProvider::Classified OpenAiProvider::classify(const HttpResult &http) const
{
    Classified result;
    result.kind = kindForStatus(http.status);
    const json body = json::parse(http.body.constBegin(), http.body.constEnd(), nullptr, false);
    if (body.is_object() && body.contains("error") && body["error"].is_object()) {
        const json &error = body["error"];
        result.providerMessage = redact(JsonUtil::string(error, "message"));
        const QString code = JsonUtil::string(error, "code");
        const QString type = JsonUtil::string(error, "type");
        result.quotaExhausted = code == u"insufficient_quota"_s || type == u"insufficient_quota"_s;
    } else if (body.is_object() && body.contains("error") && body["error"].is_string()) {
        result.providerMessage = redact(JsonUtil::string(body, "error")); // Ollama and llama.cpp say it plainly
    } else if (!http.body.isEmpty()) {
        result.providerMessage = redact(QString::fromUtf8(http.body.left(300)));
    }
    if (result.quotaExhausted)
        result.kind = LlmError::Kind::QuotaExhausted;
    return result;
}
