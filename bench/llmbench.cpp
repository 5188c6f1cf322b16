// mentats-bench-llm: the engine's own cost per model call, apart from the network: building and encoding a
// realistic request, pricing a response, and the offline rules provider deciding on a busy store.
// Run: build/bench/mentats-bench-llm [--tiny]
#include "llm/anthropicprovider.h"
#include "llm/openaiprovider.h"
#include "llm/pricetable.h"
#include "llm/rulesprovider.h"
#include "support/benchoptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// Results flow here so the optimiser cannot drop the work being measured.
volatile std::size_t g_sink = 0;
bool g_tiny = false; // --tiny: a few iterations of each, to see that it still runs

template <typename Fn>
void measure(const char *what, int iterations, Fn &&fn)
{
    if (g_tiny)
        iterations = 3;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        fn(i);
    const double us = double(timer.nsecsElapsed()) / 1e3 / iterations;
    std::printf("%-58s %10.2f us/op  (%d ops)\n", what, us, iterations);
}

// About 6,000 tokens of context (24 KB of text), 8 tools, two rounds of history.
LlmRequest bigRequest()
{
    LlmRequest request;
    request.model = u"claude-haiku-4-5"_s;
    QString context;
    for (int i = 0; i < 400; ++i)
        context += u"- Staff member %1 clocked in at 09:%2, shift ends 17:00, 2 open tasks.\n"_s.arg(i).arg(
            i % 60, 2, 10, QChar(u'0'));
    request.system = {{QString(u"You are the Office Manager. "_s).repeated(200), true}, {u"Now: Tuesday."_s, false}};
    request.messages = {LlmMessage::user(context)};
    for (int t = 0; t < 8; ++t)
        request.tools << LlmToolSpec{
            u"tool_%1"_s.arg(t),
            u"Does thing %1."_s.arg(t),
            {{"type", "object"},
             {"properties", {{"toUserId", {{"type", "string"}}}, {"message", {{"type", "string"}}}}},
             {"required", {"toUserId", "message"}}}};
    LlmMessage assistant{LlmMessage::Role::Assistant, u"Checking."_s, {}, {}};
    LlmToolCall call;
    call.id = u"toolu_1"_s;
    call.name = u"tool_0"_s;
    call.arguments = {{"toUserId", "u-1"}, {"message", "Hi"}};
    assistant.toolCalls << call;
    request.messages << assistant
                     << LlmMessage{LlmMessage::Role::ToolResults, {}, {}, {{u"toolu_1"_s, u"sent"_s, false}}};
    return request;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_tiny = BenchOptions::parse(u"llm"_s, QCoreApplication::arguments()).tiny;
    const LlmRequest request = bigRequest();
    const AnthropicProvider anthropic(LlmEndpoint{QUrl(u"http://127.0.0.1:1"_s), u"k"_s});
    const OpenAiProvider openai(LlmEndpoint{QUrl(u"http://127.0.0.1:1"_s), u"k"_s});
    const std::string anthropicBody = anthropic.requestBody(request).dump();
    std::printf("request body: %zu bytes (Anthropic), %zu bytes (OpenAI)\n", anthropicBody.size(),
                openai.requestBody(request).dump().size());
    measure("encode a ~6k-token request, Anthropic (canonical JSON)", 2000,
            [&](int) { g_sink = g_sink + anthropic.requestBody(request).dump().size(); });
    measure("encode a ~6k-token request, OpenAI", 2000,
            [&](int) { g_sink = g_sink + openai.requestBody(request).dump().size(); });
    measure("parse the same body back (nlohmann::json)", 2000,
            [&](int) { g_sink = g_sink + json::parse(anthropicBody).size(); });

    const PriceTable prices = PriceTable::builtIn();
    LlmUsage usage{1200, 300, 4096, 512, 0, {}};
    measure("price one call from the table (lookup + exact math)", 200000, [&](int i) {
        g_sink = g_sink +
                 prices.cost(u"anthropic"_s, i % 2 ? u"claude-haiku-4-5"_s : u"claude-sonnet-4-6"_s, usage).has_value();
    });
    measure("the built-in price table (parsed once, then shared)", 200,
            [&](int) { g_sink = g_sink + std::size_t(PriceTable::builtIn().models().size()); });

    json context = {{"agent", "office_manager"}};
    for (int i = 0; i < 200; ++i) {
        context["attendance"]["expectedButMissing"].push_back(
            {{"userId", "u" + std::to_string(i)}, {"name", "Person " + std::to_string(i)}, {"minutesLate", i % 40}});
        context["tasks"]["overdue"].push_back({{"taskId", "t" + std::to_string(i)},
                                               {"title", "Task"},
                                               {"assigneeId", "u1"},
                                               {"assigneeName", "A B"},
                                               {"hoursOverdue", (i % 60) / 10.0}});
    }
    LlmRequest rules;
    rules.context = context;
    rules.tools = {{u"send_direct_message"_s, {}, {}}, {u"flag_for_manager"_s, {}, {}}};
    const RulesProvider provider;
    std::printf("rules: %lld tool calls for a store with 200 late people and 200 overdue tasks\n",
                qlonglong(provider.decide(rules).toolCalls.size()));
    measure("rules provider decision on that store", 200,
            [&](int) { g_sink = g_sink + std::size_t(provider.decide(rules).toolCalls.size()); });
    return 0;
}
