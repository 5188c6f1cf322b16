// The offline rules provider: one fixed context per rule of the plan's decision framework, the Revenue Optimizer's
// pattern finding, and the factory that falls back to it when no key is set.
#include "jsoncompare.h"
#include "llm/llmproviderfactory.h"
#include "llm/rulesprovider.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QList<LlmToolSpec> kOfficeManagerTools = {
    {u"send_direct_message"_s, {}, {}}, {u"flag_for_manager"_s, {}, {}}, {u"create_task"_s, {}, {}}};

LlmRequest officeManager(json context)
{
    LlmRequest request;
    context["agent"] = "office_manager";
    request.context = context;
    request.tools = kOfficeManagerTools;
    request.messages = {LlmMessage::user(u"state"_s)};
    return request;
}

} // namespace

class TestRulesProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheDecisionFramework_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("tool");     // empty: no call
        QTest::addColumn<QString>("argument"); // key to check
        QTest::addColumn<QString>("value");    // expected value
        QTest::addColumn<QString>("messageContains");

        QTest::newRow("25 minutes late: a check-in")
            << uR"({"attendance":{"expectedButMissing":[{"userId":"u-ana","name":"Ana Ruiz","minutesLate":25}]}})"_s
            << u"send_direct_message"_s << u"toUserId"_s << u"u-ana"_s
            << u"Hi Ana, your shift started 25 minutes ago"_s;
        QTest::newRow("5 minutes late: nothing yet")
            << uR"({"attendance":{"expectedButMissing":[{"userId":"u-ana","name":"Ana Ruiz","minutesLate":5}]}})"_s
            << QString() << QString() << QString() << QString();
        QTest::newRow("task 1.5 h overdue: a reminder")
            << uR"({"tasks":{"overdue":[{"taskId":"t-1","title":"Price the new lots","assigneeId":"u-bo","assigneeName":"Bo Lind","hoursOverdue":1.5}]}})"_s
            << u"send_direct_message"_s << u"toUserId"_s << u"u-bo"_s
            << u"\"Price the new lots\" was due 1.5 hours ago"_s;
        QTest::newRow("task 4 h overdue: escalate")
            << uR"({"tasks":{"overdue":[{"taskId":"t-2","title":"Count the till","assigneeId":"u-bo","assigneeName":"Bo Lind","hoursOverdue":4}]}})"_s
            << u"flag_for_manager"_s << u"relatedEntityId"_s << u"t-2"_s
            << u"\"Count the till\" is 4.0 hours overdue (assigned to Bo Lind)."_s;
        QTest::newRow("task 30 min overdue: nothing yet")
            << uR"({"tasks":{"overdue":[{"taskId":"t-3","title":"Dust","assigneeId":"u-bo","assigneeName":"Bo Lind","hoursOverdue":0.5}]}})"_s
            << QString() << QString() << QString() << QString();
        QTest::newRow("6.5 h on shift: suggest a break")
            << uR"({"attendance":{"clockedIn":[{"userId":"u-cy","name":"Cy Park","hoursWorked":6.5,"onBreak":false}]}})"_s
            << u"send_direct_message"_s << u"toUserId"_s << u"u-cy"_s << u"you've been on for 6.5 hours"_s;
        QTest::newRow("on a break: leave them be")
            << uR"({"attendance":{"clockedIn":[{"userId":"u-cy","name":"Cy Park","hoursWorked":6.5,"onBreak":true}]}})"_s
            << QString() << QString() << QString() << QString();
        QTest::newRow("cash unassigned 4 days: remind the purchaser")
            << uR"({"expenses":{"unassignedWithdrawals":[{"withdrawalId":"w-1","userId":"u-di","name":"Di Moss","amount":200,"daysUnassigned":4.2}]}})"_s
            << u"send_direct_message"_s << u"toUserId"_s << u"u-di"_s
            << u"the $200.00 ATM withdrawal from 4 days ago"_s;
        QTest::newRow("cash unassigned 2 days: not yet")
            << uR"({"expenses":{"unassignedWithdrawals":[{"withdrawalId":"w-1","userId":"u-di","name":"Di Moss","amount":200,"daysUnassigned":2}]}})"_s
            << QString() << QString() << QString() << QString();
    }

    void followsTheDecisionFramework()
    {
        QFETCH(QString, context);
        QFETCH(QString, tool);
        QFETCH(QString, argument);
        QFETCH(QString, value);
        QFETCH(QString, messageContains);
        const LlmResponse response = RulesProvider().decide(officeManager(json::parse(context.toStdString())));
        if (tool.isEmpty()) {
            QVERIFY(response.toolCalls.isEmpty());
            QCOMPARE(response.stopReason, LlmStopReason::EndTurn);
            QCOMPARE(response.text, u"Nothing needs attention right now."_s);
            return;
        }
        QCOMPARE(response.toolCalls.size(), 1);
        const LlmToolCall &call = response.toolCalls.first();
        QCOMPARE(call.name, tool);
        QVERIFY(call.hasValidArguments());
        QCOMPARE(QString::fromStdString(call.arguments[argument.toStdString()].get<std::string>()), value);
        const json text = call.arguments.contains("message") ? call.arguments["message"] : call.arguments["reason"];
        QVERIFY2(QString::fromStdString(text.get<std::string>()).contains(messageContains),
                 text.get<std::string>().c_str());
        QCOMPARE(response.stopReason, LlmStopReason::ToolUse);
        QVERIFY(!response.text.isEmpty()); // the reasoning that goes into the action log
    }

    void findsALatenessPattern()
    {
        LlmRequest request;
        request.context = json::parse(R"({"agent":"revenue_optimizer","attendance-history":{"latenessByWeekday":[
            {"userId":"u-ana","name":"Ana Ruiz","weekday":5,"lateShifts":6,"shifts":7},
            {"userId":"u-bo","name":"Bo Lind","weekday":5,"lateShifts":1,"shifts":7},
            {"userId":"u-cy","name":"Cy Park","weekday":2,"lateShifts":2,"shifts":2}]}})");
        request.tools = {{u"write_memory"_s, {}, {}}};
        const LlmResponse response = RulesProvider().decide(request);
        QCOMPARE(response.toolCalls.size(), 1); // Bo is rarely late; two shifts are too few for Cy
        const json &memory = response.toolCalls.first().arguments;
        QCOMPARE(memory["scope"], "user");
        QCOMPARE(memory["userId"], "u-ana");
        QCOMPARE(memory["memoryType"], "pattern");
        QCOMPARE(memory["content"], "Ana Ruiz is often late on Fridays (6 of the last 7).");
        QCOMPARE(memory["confidence"].get<double>(), 0.75); // 6/7 of shifts, tempered by how few there are
    }

    void callsOnlyTheToolsItIsOffered()
    {
        LlmRequest request = officeManager(json::parse(
            R"({"attendance":{"expectedButMissing":[{"userId":"u-ana","name":"Ana","minutesLate":30}]},
                "tasks":{"overdue":[{"taskId":"t-2","title":"Till","assigneeId":"u-bo","assigneeName":"Bo","hoursOverdue":5}]}})"));
        request.tools = {{u"flag_for_manager"_s, {}, {}}};
        const LlmResponse response = RulesProvider().decide(request);
        QCOMPARE(response.toolCalls.size(), 1);
        QCOMPARE(response.toolCalls.first().name, u"flag_for_manager"_s);
    }

    void stopsOnceItsCallsAreAnswered()
    {
        LlmRequest request = officeManager(
            json::parse(R"({"attendance":{"expectedButMissing":[{"userId":"u-ana","name":"Ana","minutesLate":30}]}})"));
        const LlmResponse first = RulesProvider().decide(request);
        QCOMPARE(first.toolCalls.size(), 1);
        request.messages << LlmMessage{LlmMessage::Role::Assistant, first.text, first.toolCalls, {}};
        request.messages << LlmMessage{
            LlmMessage::Role::ToolResults, {}, {}, {{first.toolCalls[0].id, u"sent"_s, false}}};
        const LlmResponse second = Wait::forTask(RulesProvider().complete(request));
        QVERIFY(second.toolCalls.isEmpty());
        QCOMPARE(second.stopReason, LlmStopReason::EndTurn);
        QCOMPARE(second.text, u"Done."_s);
    }

    void isDeterministicAndFree()
    {
        const LlmRequest request = officeManager(json::parse(
            R"({"attendance":{"expectedButMissing":[{"userId":"u-ana","name":"Ana","minutesLate":30}],
                "clockedIn":[{"userId":"u-cy","name":"Cy","hoursWorked":7,"onBreak":false}]}})"));
        const LlmResponse a = RulesProvider().decide(request);
        const LlmResponse b = RulesProvider().decide(request);
        QCOMPARE(a.toolCalls.size(), 2);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.toolCalls[1].arguments, b.toolCalls[1].arguments);
        QCOMPARE(a.usage.totalInputTokens(), 0);
        QCOMPARE(RulesProvider().displayName(), u"rules (offline)"_s);
        QVERIFY(RulesProvider().priceProvider().isEmpty());
    }

    void isTheDefaultWithoutAKey()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("MENTATS_ANTHROPIC_BASE_URL");
        const LlmProviderChoice noKey = LlmProviderFactory::create({u"anthropic"_s, {}, {}});
        QCOMPARE(noKey.provider->id(), u"rules"_s);
        QCOMPARE(noKey.notice, u"No Anthropic API key is set, so the rules (offline) provider answers instead."_s);
        const LlmProviderChoice unknown = LlmProviderFactory::create({u"gemini"_s, {}, {}});
        QCOMPARE(unknown.provider->displayName(), u"rules (offline)"_s);
        QVERIFY(unknown.notice.contains(u"\"gemini\" is not a provider"_s));

        qputenv("ANTHROPIC_API_KEY", "sk-ant-from-env");
        const LlmProviderChoice fromEnv = LlmProviderFactory::create({u"anthropic"_s, {}, {}});
        QCOMPARE(fromEnv.provider->id(), u"anthropic"_s);
        QVERIFY(fromEnv.notice.isEmpty());
        qunsetenv("ANTHROPIC_API_KEY");

        const LlmProviderChoice local =
            LlmProviderFactory::create({u"openai-compatible"_s, u"http://localhost:11434/v1"_s, {}});
        QCOMPARE(local.provider->displayName(), u"the OpenAI-compatible server at localhost:11434"_s);
    }
};

QTEST_GUILESS_MAIN(TestRulesProvider)
#include "tst_rulesprovider.moc"
