#include "llm/rulesprovider.h"

#include "llm/jsonutil.h"
#include "llm/llmcancellation.h"
#include "llm/llmerror.h"

#include <QElapsedTimer>
#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

class Decisions
{
public:
    explicit Decisions(const LlmRequest &request)
    {
        for (const LlmToolSpec &tool : request.tools)
            m_offered << tool.name;
    }

    void call(const QString &tool, json arguments, const QString &why)
    {
        if (!m_offered.contains(tool))
            return;
        LlmToolCall call;
        call.id = u"rules_%1"_s.arg(m_calls.size() + 1);
        call.name = tool;
        call.arguments = std::move(arguments);
        call.rawArguments = QString::fromStdString(call.arguments.dump());
        m_calls << call;
        m_reasons << why;
    }

    LlmResponse response() const
    {
        LlmResponse response;
        response.model = u"rules-v1"_s;
        response.toolCalls = m_calls;
        response.stopReason = m_calls.isEmpty() ? LlmStopReason::EndTurn : LlmStopReason::ToolUse;
        response.rawStopReason = stopReasonName(response.stopReason);
        response.text = m_reasons.isEmpty() ? u"Nothing needs attention right now."_s : m_reasons.join(u'\n');
        return response;
    }

private:
    QStringList m_offered;
    QList<LlmToolCall> m_calls;
    QStringList m_reasons;
};

QString firstName(const QString &name)
{
    const QString first = name.section(u' ', 0, 0);
    return first.isEmpty() ? u"there"_s : first;
}

QString hours(double value)
{
    return QLocale::c().toString(value, 'f', value < 10 ? 1 : 0);
}

void officeManager(const json &context, Decisions &decide)
{
    for (const json &person : JsonUtil::moduleList(context, "attendance", "expectedButMissing")) {
        const double late = JsonUtil::number(person, "minutesLate");
        if (late <= RulesProvider::kLateMinutes)
            continue;
        const QString name = JsonUtil::string(person, "name");
        decide.call(u"send_direct_message"_s,
                    {{"toUserId", JsonUtil::string(person, "userId").toStdString()},
                     {"message", u"Hi %1, your shift started %2 minutes ago. Is everything OK? Let us know if you're "
                                 "running late."_s.arg(firstName(name))
                                     .arg(std::lround(late))
                                     .toStdString()}},
                    u"%1 is %2 minutes late: one friendly check-in."_s.arg(name).arg(std::lround(late)));
    }
    for (const json &task : JsonUtil::moduleList(context, "tasks", "overdue")) {
        const double overdue = JsonUtil::number(task, "hoursOverdue");
        const QString title = JsonUtil::string(task, "title");
        const QString assignee = JsonUtil::string(task, "assigneeName");
        const QString assigneeId = JsonUtil::string(task, "assigneeId");
        if (overdue >= RulesProvider::kEscalationHours) {
            json arguments = {{"reason", u"\"%1\" is %2 hours overdue%3."_s
                                             .arg(title, hours(overdue),
                                                  assignee.isEmpty() ? QString() : u" (assigned to %1)"_s.arg(assignee))
                                             .toStdString()},
                              {"relatedEntityType", "task"},
                              {"relatedEntityId", JsonUtil::string(task, "taskId").toStdString()}};
            if (!assigneeId.isEmpty())
                arguments["relatedUserId"] = assigneeId.toStdString();
            decide.call(u"flag_for_manager"_s, arguments,
                        u"\"%1\" is %2 h overdue: escalate to a manager."_s.arg(title, hours(overdue)));
        } else if (overdue >= RulesProvider::kReminderHours && !assigneeId.isEmpty()) {
            decide.call(u"send_direct_message"_s,
                        {{"toUserId", assigneeId.toStdString()},
                         {"message", u"Hi %1, a reminder: \"%2\" was due %3 hours ago. Can you get to it, or tell us "
                                     "if something is in the way?"_s.arg(firstName(assignee), title, hours(overdue))
                                         .toStdString()}},
                        u"\"%1\" is %2 h overdue: one reminder to %3."_s.arg(title, hours(overdue), assignee));
        }
    }
    for (const json &person : JsonUtil::moduleList(context, "attendance", "clockedIn")) {
        const double worked = JsonUtil::number(person, "hoursWorked");
        if (worked < RulesProvider::kBreakHours || person.value("onBreak", false))
            continue;
        const QString name = JsonUtil::string(person, "name");
        decide.call(u"send_direct_message"_s,
                    {{"toUserId", JsonUtil::string(person, "userId").toStdString()},
                     {"message", u"Hi %1, you've been on for %2 hours. Please take a break when you can."_s
                                     .arg(firstName(name), hours(worked))
                                     .toStdString()}},
                    u"%1 has worked %2 h: suggest a break."_s.arg(name, hours(worked)));
    }
    for (const json &withdrawal : JsonUtil::moduleList(context, "expenses", "unassignedWithdrawals")) {
        const double days = JsonUtil::number(withdrawal, "daysUnassigned");
        if (days < RulesProvider::kWithdrawalDays)
            continue;
        const QString name = JsonUtil::string(withdrawal, "name");
        const double amount = JsonUtil::number(withdrawal, "amount");
        decide.call(u"send_direct_message"_s,
                    {{"toUserId", JsonUtil::string(withdrawal, "userId").toStdString()},
                     {"message", u"Hi %1, the $%2 ATM withdrawal from %3 days ago isn't assigned to purchases yet. "
                                 "Could you add what it was spent on?"_s.arg(firstName(name))
                                     .arg(amount, 0, 'f', 2)
                                     .arg(std::lround(std::floor(days)))
                                     .toStdString()}},
                    u"%1's $%2 withdrawal has been unassigned %3 days: remind the purchaser."_s.arg(name)
                        .arg(amount, 0, 'f', 2)
                        .arg(std::lround(std::floor(days))));
    }
}

void revenueOptimizer(const json &context, Decisions &decide)
{
    static const QStringList weekdays = {u"Mondays"_s, u"Tuesdays"_s,  u"Wednesdays"_s, u"Thursdays"_s,
                                         u"Fridays"_s, u"Saturdays"_s, u"Sundays"_s};
    for (const json &row : JsonUtil::moduleList(context, "attendance-history", "latenessByWeekday")) {
        const double shifts = JsonUtil::number(row, "shifts");
        const double late = JsonUtil::number(row, "lateShifts");
        const int weekday = int(JsonUtil::number(row, "weekday"));
        if (shifts < RulesProvider::kPatternMinShifts || weekday < 1 || weekday > 7 ||
            late / shifts < RulesProvider::kPatternMinShare)
            continue;
        const QString name = JsonUtil::string(row, "name");
        // Confidence grows with the share of late shifts and with how many shifts it rests on.
        const double confidence =
            std::round(std::min(0.95, (late / shifts) * (1.0 - 1.0 / (shifts + 1.0))) * 100.0) / 100.0;
        decide.call(u"write_memory"_s,
                    {{"scope", "user"},
                     {"userId", JsonUtil::string(row, "userId").toStdString()},
                     {"memoryType", "pattern"},
                     {"content", u"%1 is often late on %2 (%3 of the last %4)."_s.arg(name, weekdays.at(weekday - 1))
                                     .arg(int(late))
                                     .arg(int(shifts))
                                     .toStdString()},
                     {"confidence", confidence}},
                    u"%1 was late on %2 of %3 %4: a pattern worth remembering."_s.arg(name)
                        .arg(int(late))
                        .arg(int(shifts))
                        .arg(weekdays.at(weekday - 1)));
    }
}

} // namespace

QString RulesProvider::id() const
{
    return u"rules"_s;
}

QString RulesProvider::displayName() const
{
    return u"rules (offline)"_s;
}

LlmResponse RulesProvider::decide(const LlmRequest &request) const
{
    Decisions decisions(request);
    // Once its tool calls have been answered, the rules have nothing more to add this run.
    const bool answered = !request.messages.isEmpty() && request.messages.last().role == LlmMessage::Role::ToolResults;
    if (answered) {
        LlmResponse done = decisions.response();
        int failed = 0;
        for (const LlmToolResult &result : request.messages.last().results)
            failed += result.isError ? 1 : 0;
        done.text = failed ? u"Done; %1 of the actions could not be carried out."_s.arg(failed) : u"Done."_s;
        return done;
    }
    const std::string agent = request.context.is_object() ? request.context.value("agent", "") : "";
    if (agent == "revenue_optimizer")
        revenueOptimizer(request.context, decisions);
    else
        officeManager(request.context, decisions);
    return decisions.response();
}

QCoro::Task<LlmResponse> RulesProvider::complete(LlmRequest request, LlmCancellation *cancellation)
{
    if (cancellation && cancellation->isCancelled())
        throw LlmError(LlmError::Kind::Cancelled, u"The call to %1 was cancelled."_s.arg(displayName()));
    QElapsedTimer timer;
    timer.start();
    LlmResponse response = decide(request);
    response.latencyMs = timer.elapsed();
    response.raw = {{"provider", "rules"}, {"text", response.text.toStdString()}};
    co_return response;
}
