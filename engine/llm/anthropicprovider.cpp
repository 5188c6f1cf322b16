#include "llm/anthropicprovider.h"

#include "llm/jsonutil.h"
#include "llm/modelcapabilities.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

LlmStopReason stopReasonFrom(const std::string &reason)
{
    static const std::map<std::string, LlmStopReason> reasons = {
        {"end_turn", LlmStopReason::EndTurn},
        {"tool_use", LlmStopReason::ToolUse},
        {"max_tokens", LlmStopReason::MaxTokens},
        {"stop_sequence", LlmStopReason::StopSequence},
        {"refusal", LlmStopReason::Refusal},
        {"pause_turn", LlmStopReason::PauseTurn},
        {"model_context_window_exceeded", LlmStopReason::ContextWindowExceeded},
    };
    const auto it = reasons.find(reason);
    return it == reasons.end() ? LlmStopReason::Unknown : it->second;
}

json messageJson(const LlmMessage &message)
{
    switch (message.role) {
    case LlmMessage::Role::User:
        return {{"role", "user"}, {"content", message.text.toStdString()}};
    case LlmMessage::Role::Assistant: {
        json content = json::array();
        if (!message.text.isEmpty())
            content.push_back({{"type", "text"}, {"text", message.text.toStdString()}});
        for (const LlmToolCall &call : message.toolCalls) {
            content.push_back({{"type", "tool_use"},
                               {"id", call.id.toStdString()},
                               {"name", call.name.toStdString()},
                               {"input", call.arguments.is_object() ? call.arguments : json::object()}});
        }
        return {{"role", "assistant"}, {"content", content}};
    }
    case LlmMessage::Role::ToolResults: {
        json content = json::array();
        for (const LlmToolResult &result : message.results) {
            content.push_back({{"type", "tool_result"},
                               {"tool_use_id", result.toolCallId.toStdString()},
                               {"content", result.content.toStdString()},
                               {"is_error", result.isError}});
        }
        return {{"role", "user"}, {"content", content}};
    }
    }
    return {};
}

} // namespace

AnthropicProvider::AnthropicProvider(LlmEndpoint endpoint, QNetworkAccessManager *network)
    : HttpLlmProvider(std::move(endpoint), network)
{}

QString AnthropicProvider::id() const
{
    return u"anthropic"_s;
}

QString AnthropicProvider::displayName() const
{
    return u"Anthropic"_s;
}

QUrl AnthropicProvider::requestUrl() const
{
    return apiUrl(u"/messages"_s);
}

QUrl AnthropicProvider::apiUrl(const QString &path) const
{
    // Both "https://api.anthropic.com" and ".../v1" are common ways to write the base URL.
    const bool hasVersion = urlFor(QString()).path().endsWith(u"/v1"_s);
    return urlFor(hasVersion ? path : u"/v1"_s + path);
}

LlmResponse AnthropicProvider::decodeMessage(const json &message) const
{
    HttpResult http;
    http.status = 200;
    http.body = QByteArray::fromStdString(message.dump());
    LlmResponse response = decode(message, http);
    response.requestId = JsonUtil::string(message, "id");
    response.raw = message;
    return response;
}

QList<QPair<QByteArray, QByteArray>> AnthropicProvider::requestHeaders() const
{
    return {{"x-api-key", endpoint().apiKey.toUtf8()}, {"anthropic-version", kApiVersion}};
}

json AnthropicProvider::requestBody(const LlmRequest &request) const
{
    json body = {{"model", request.model.toStdString()}, {"max_tokens", request.maxOutputTokens}};
    if (request.temperature && ModelCapabilities::acceptsTemperature(request.model))
        body["temperature"] = *request.temperature;

    // Breakpoints: the end of the tools, then the cache-marked system blocks (latest first when there are too many).
    int breakpoints = request.tools.isEmpty() ? 0 : 1;
    QList<int> cachedSystemBlocks;
    for (qsizetype i = request.system.size() - 1; i >= 0; --i) {
        if (request.system.at(i).cache && breakpoints < kMaxCacheBreakpoints) {
            cachedSystemBlocks.prepend(int(i));
            ++breakpoints;
        }
    }
    if (!request.tools.isEmpty()) {
        json tools = json::array();
        for (const LlmToolSpec &tool : request.tools) {
            tools.push_back({{"name", tool.name.toStdString()},
                             {"description", tool.description.toStdString()},
                             {"input_schema", tool.inputSchema}});
        }
        tools.back()["cache_control"] = {{"type", "ephemeral"}};
        body["tools"] = tools;
    }
    if (!request.system.isEmpty()) {
        json system = json::array();
        for (qsizetype i = 0; i < request.system.size(); ++i) {
            json block = {{"type", "text"}, {"text", request.system.at(i).text.toStdString()}};
            if (cachedSystemBlocks.contains(int(i)))
                block["cache_control"] = {{"type", "ephemeral"}};
            system.push_back(block);
        }
        body["system"] = system;
    }
    json messages = json::array();
    for (const LlmMessage &message : request.messages)
        messages.push_back(messageJson(message));
    body["messages"] = messages;
    return body;
}

QByteArray AnthropicProvider::encode(const LlmRequest &request) const
{
    // nlohmann::json keeps object keys sorted: the same request is always the same bytes.
    return QByteArray::fromStdString(requestBody(request).dump());
}

LlmResponse AnthropicProvider::decode(const json &body, const HttpResult &http) const
{
    const auto malformed = [&](const QString &what) {
        return LlmError(LlmError::Kind::MalformedResponse,
                        u"Anthropic sent an answer that could not be read (%1); the run stopped here."_s.arg(what),
                        redact(QString::fromUtf8(http.body.left(2000))), http.status);
    };
    if (!body.contains("content") || !body["content"].is_array())
        throw malformed(u"no content"_s);
    LlmResponse response;
    response.rawStopReason = JsonUtil::string(body, "stop_reason");
    response.stopReason = stopReasonFrom(response.rawStopReason.toStdString());
    response.model = JsonUtil::string(body, "model");
    response.requestId = QString::fromLatin1(http.headers.value("request-id"));
    QStringList texts;
    for (const json &block : body["content"]) {
        const std::string type = block.value("type", "");
        if (type == "text") {
            texts << JsonUtil::string(block, "text");
        } else if (type == "tool_use") {
            LlmToolCall call;
            call.id = JsonUtil::string(block, "id");
            call.name = JsonUtil::string(block, "name");
            const json input = block.value("input", json());
            call.rawArguments = QString::fromStdString(input.dump());
            if (input.is_object())
                call.arguments = input;
            else
                call.argumentsError = u"the tool input is not a JSON object"_s;
            if (call.id.isEmpty() || call.name.isEmpty())
                throw malformed(u"a tool call without id or name"_s);
            response.toolCalls << call;
        }
    }
    response.text = texts.join(u"\n"_s);
    if (!response.toolCalls.isEmpty())
        response.stopReason = LlmStopReason::ToolUse;

    const json usage = body.value("usage", json::object());
    response.usage.inputTokens = JsonUtil::integer(usage, "input_tokens");
    response.usage.outputTokens = JsonUtil::integer(usage, "output_tokens");
    response.usage.cacheReadTokens = JsonUtil::integer(usage, "cache_read_input_tokens");
    response.usage.cacheWriteTokens = JsonUtil::integer(usage, "cache_creation_input_tokens");
    response.usage.serviceTier = JsonUtil::string(usage, "service_tier");
    if (usage.contains("cache_creation") && usage["cache_creation"].is_object())
        response.usage.cacheWrite1hTokens = JsonUtil::integer(usage["cache_creation"], "ephemeral_1h_input_tokens");
    return response;
}

HttpLlmProvider::Classified AnthropicProvider::classify(const HttpResult &http) const
{
    Classified result;
    result.kind = kindForStatus(http.status);
    const json body = json::parse(http.body.constBegin(), http.body.constEnd(), nullptr, false);
    if (body.is_object() && body.contains("error") && body["error"].is_object()) {
        const json &error = body["error"];
        result.providerMessage = redact(JsonUtil::string(error, "message"));
        const std::string type = error.value("type", "");
        const json details = error.value("details", json::object());
        const std::string code = details.is_object() ? details.value("error_code", "") : "";
        if (code == "enforced_spend_limit_reached" || type == "billing_error")
            result.quotaExhausted = true;
        if (type == "overloaded_error")
            result.kind = LlmError::Kind::Overloaded;
    } else if (!http.body.isEmpty()) {
        result.providerMessage = redact(QString::fromUtf8(http.body.left(300)));
    }
    if (result.quotaExhausted)
        result.kind = LlmError::Kind::QuotaExhausted;
    return result;
}
