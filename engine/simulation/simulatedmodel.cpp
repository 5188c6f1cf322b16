#include "simulation/simulatedmodel.h"

#include "context/tokenestimator.h"
#include "llm/anthropicprovider.h"
#include "llm/jsonutil.h"
#include "llm/llmcancellation.h"
#include "llm/llmerror.h"
#include "llm/rulesprovider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLocale>
#include <QMutexLocker>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// The calls of one answer, each with the sentence that explains it; tools the request does not offer are dropped.
class Calls
{
public:
    Calls(const LlmRequest &request, QString idPrefix, qsizetype firstNumber = 1)
        : m_idPrefix(std::move(idPrefix)), m_next(firstNumber)
    {
        for (const LlmToolSpec &tool : request.tools)
            m_offered.insert(tool.name);
    }

    void call(const QString &tool, json arguments, const QString &why)
    {
        if (!m_offered.contains(tool))
            return;
        LlmToolCall call;
        call.id = u"%1_%2"_s.arg(m_idPrefix).arg(m_next++);
        call.name = tool;
        call.arguments = std::move(arguments);
        call.rawArguments = QString::fromStdString(call.arguments.dump());
        m_calls << call;
        m_reasons << why;
    }

    const QList<LlmToolCall> &calls() const { return m_calls; }
    const QStringList &reasons() const { return m_reasons; }

private:
    QSet<QString> m_offered;
    QString m_idPrefix;
    qsizetype m_next;
    QList<LlmToolCall> m_calls;
    QStringList m_reasons;
};

QString firstName(const QString &name)
{
    const QString first = name.section(u' ', 0, 0);
    return first.isEmpty() ? u"there"_s : first;
}

QString oneDecimal(double value)
{
    return QLocale::c().toString(value, 'f', 1);
}

QString cut(const QString &text)
{
    return text.left(SimulatedModel::kMaxArgumentChars);
}

json message(const QString &toUserId, const QString &text)
{
    return {{"toUserId", toUserId.toStdString()}, {"message", cut(text).toStdString()}};
}

json flag(const QString &reason, const QString &userId = {}, const char *entityType = nullptr,
          const QString &entityId = {})
{
    json arguments = {{"reason", cut(reason).toStdString()}};
    if (!userId.isEmpty())
        arguments["relatedUserId"] = userId.toStdString();
    if (entityType && !entityId.isEmpty()) {
        arguments["relatedEntityType"] = entityType;
        arguments["relatedEntityId"] = entityId.toStdString();
    }
    return arguments;
}

bool isRevenueOptimizer(const LlmRequest &request)
{
    return request.context.is_object() && request.context.value("agent", "") == "revenue_optimizer";
}

// Eager, Office Manager: every attention item, every call.
void eagerOfficeManager(const json &context, Calls &calls)
{
    const QString dm = u"send_direct_message"_s;
    const QString escalate = u"flag_for_manager"_s;

    for (const json &person : JsonUtil::moduleList(context, "attendance", "expectedButMissing")) {
        const QString id = JsonUtil::string(person, "userId");
        const QString name = JsonUtil::string(person, "name");
        const long late = std::lround(JsonUtil::number(person, "minutesLate"));
        calls.call(dm,
                   message(id, u"Hi %1, your shift started %2 minutes ago and you have not clocked in. Please clock "
                               "in now."_s.arg(firstName(name))
                                   .arg(late)),
                   u"%1 is %2 minutes late: message them."_s.arg(name).arg(late));
        if (late >= SimulatedModel::kEagerFlagLateMinutes)
            calls.call(escalate,
                       flag(u"%1 is %2 minutes late for their shift and has not clocked in."_s.arg(name).arg(late), id,
                            "shift", JsonUtil::string(person, "shiftId")),
                       u"%1 is %2 minutes late: tell a manager."_s.arg(name).arg(late));
    }

    // Due a break: the module's long shifts without a break, and anyone on for the rules' break hours and not on one.
    QSet<QString> reminded;
    const auto breakDue = [&](const json &person) {
        const QString id = JsonUtil::string(person, "userId");
        if (id.isEmpty() || reminded.contains(id))
            return;
        reminded.insert(id);
        const QString name = JsonUtil::string(person, "name");
        const QString worked = oneDecimal(JsonUtil::number(person, "hoursWorked"));
        calls.call(
            dm,
            message(id, u"Hi %1, you have been on for %2 hours. Take your break now."_s.arg(firstName(name), worked)),
            u"%1 has worked %2 h: tell them to take a break."_s.arg(name, worked));
    };
    for (const json &person : JsonUtil::moduleList(context, "attendance", "longShiftsWithoutBreak"))
        breakDue(person);
    for (const json &person : JsonUtil::moduleList(context, "attendance", "clockedIn")) {
        if (JsonUtil::number(person, "hoursWorked") >= RulesProvider::kBreakHours && !person.value("onBreak", false))
            breakDue(person);
    }

    for (const json &task : JsonUtil::moduleList(context, "tasks", "overdue")) {
        const QString id = JsonUtil::string(task, "taskId");
        const QString title = JsonUtil::string(task, "title");
        const QString assigneeId = JsonUtil::string(task, "assigneeId");
        const QString assignee = JsonUtil::string(task, "assigneeName");
        const double overdue = JsonUtil::number(task, "hoursOverdue");
        if (!assigneeId.isEmpty())
            calls.call(dm,
                       message(assigneeId, u"Hi %1, \"%2\" is overdue by %3 hours. Please finish it now."_s.arg(
                                               firstName(assignee), title, oneDecimal(overdue))),
                       u"\"%1\" is %2 h overdue: message %3."_s.arg(title, oneDecimal(overdue), assignee));
        if (assigneeId.isEmpty() || overdue >= SimulatedModel::kEagerFlagOverdueHours)
            calls.call(escalate,
                       flag(u"\"%1\" is %2 hours overdue%3."_s.arg(title, oneDecimal(overdue),
                                                                   assigneeId.isEmpty()
                                                                       ? u" and nobody is assigned"_s
                                                                       : u" (assigned to %1)"_s.arg(assignee)),
                            assigneeId, "task", id),
                       u"\"%1\" is %2 h overdue: tell a manager."_s.arg(title, oneDecimal(overdue)));
    }
    for (const json &task : JsonUtil::moduleList(context, "tasks", "unassigned")) {
        const QString title = JsonUtil::string(task, "title");
        calls.call(escalate,
                   flag(u"\"%1\" is open and nobody is assigned to it."_s.arg(title), {}, "task",
                        JsonUtil::string(task, "taskId")),
                   u"\"%1\" has nobody assigned: tell a manager."_s.arg(title));
    }

    for (const json &withdrawal : JsonUtil::moduleList(context, "expenses", "unassignedWithdrawals")) {
        const QString id = JsonUtil::string(withdrawal, "userId");
        const QString name = JsonUtil::string(withdrawal, "name");
        const QString amount = QLocale::c().toString(JsonUtil::number(withdrawal, "amount"), 'f', 2);
        const QString days = oneDecimal(JsonUtil::number(withdrawal, "daysUnassigned"));
        calls.call(dm,
                   message(id, u"Hi %1, your $%2 ATM withdrawal is still not assigned to purchases. Please assign it "
                               "today."_s.arg(firstName(name), amount)),
                   u"%1's $%2 withdrawal is unassigned: message them."_s.arg(name, amount));
        if (JsonUtil::number(withdrawal, "daysUnassigned") >= RulesProvider::kWithdrawalDays)
            calls.call(escalate,
                       flag(u"%1's $%2 ATM withdrawal has been unassigned for %3 days."_s.arg(name, amount, days), id,
                            "withdrawal", JsonUtil::string(withdrawal, "withdrawalId")),
                       u"%1's withdrawal is %2 days unassigned: tell a manager."_s.arg(name, days));
    }

    for (const json &purchase : JsonUtil::moduleList(context, "purchases", "pending")) {
        const QString id = JsonUtil::string(purchase, "requesterId");
        const QString name = JsonUtil::string(purchase, "name");
        const QString description = JsonUtil::string(purchase, "description");
        const QString what = description.isEmpty() ? u"a purchase"_s : u"\"%1\""_s.arg(description);
        const double waiting = JsonUtil::number(purchase, "hoursWaiting");
        if (!id.isEmpty())
            calls.call(dm,
                       message(id, u"Hi %1, your purchase request %2 is still waiting for approval."_s.arg(
                                       firstName(name), what)),
                       u"%1's purchase is waiting: message them."_s.arg(name));
        if (id.isEmpty() || waiting >= SimulatedModel::kEagerFlagOverdueHours)
            calls.call(escalate,
                       flag(u"The purchase request %1 from %2 has waited %3 hours for approval."_s.arg(
                                what, name.isEmpty() ? u"someone"_s : name, oneDecimal(waiting)),
                            id, "purchase", JsonUtil::string(purchase, "purchaseId")),
                       u"A purchase has waited %1 h: tell a manager."_s.arg(oneDecimal(waiting)));
    }

    for (const json &gap : JsonUtil::moduleList(context, "schedule", "gaps")) {
        const QString location = JsonUtil::string(gap, "location");
        calls.call(escalate,
                   flag(u"Nobody is scheduled at %1 from %2."_s.arg(location, JsonUtil::string(gap, "uncoveredFrom"))),
                   u"%1 has a gap in the schedule: tell a manager."_s.arg(location));
    }

    for (const json &auction : JsonUtil::moduleList(context, "auction-ops", "auctions")) {
        const QString auctionId = JsonUtil::string(auction, "auctionId");
        const auto steps = auction.find("slowSteps");
        if (steps == auction.end() || !steps->is_array())
            continue;
        for (const json &step : *steps) {
            const QString name = JsonUtil::string(step, "step");
            calls.call(escalate,
                       flag(u"Auction %1: %2 took %3 minutes on %4 (usually %5)."_s.arg(auctionId, name)
                                .arg(JsonUtil::number(step, "minutes"))
                                .arg(JsonUtil::string(step, "day"))
                                .arg(JsonUtil::number(step, "usualMinutes"))),
                       u"Auction %1 is slow at %2: tell a manager."_s.arg(auctionId, name));
        }
    }
}

// Eager, Revenue Optimizer: any lateness at all is a pattern.
void eagerRevenueOptimizer(const json &context, Calls &calls)
{
    static const QStringList weekdays = {u"Mondays"_s, u"Tuesdays"_s,  u"Wednesdays"_s, u"Thursdays"_s,
                                         u"Fridays"_s, u"Saturdays"_s, u"Sundays"_s};
    // Every weekday anyone was late on: the patterns the module lists and, where everyone is listed, each
    // person's weekdays.
    json rows = JsonUtil::moduleList(context, "attendance-history", "latenessByWeekday");
    for (const json &person : JsonUtil::moduleList(context, "attendance-history", "people")) {
        for (json day : person.value("byWeekday", json::array())) {
            const bool listed = std::ranges::any_of(rows, [&](const json &row) {
                return row.value("userId", "") == person.value("userId", "") &&
                       row.value("weekday", 0) == day.value("weekday", 0);
            });
            if (listed)
                continue;
            day["userId"] = person.value("userId", "");
            day["name"] = person.value("name", "");
            rows.push_back(day);
        }
    }
    for (const json &row : rows) {
        const int weekday = int(JsonUtil::number(row, "weekday"));
        const int late = int(JsonUtil::number(row, "lateShifts"));
        const int shifts = int(JsonUtil::number(row, "shifts"));
        if (late <= 0 || weekday < 1 || weekday > 7)
            continue;
        const QString name = JsonUtil::string(row, "name");
        calls.call(u"write_memory"_s,
                   {{"scope", "user"},
                    {"userId", JsonUtil::string(row, "userId").toStdString()},
                    {"memoryType", "pattern"},
                    {"content", u"%1 is late on %2 (%3 of the last %4)."_s.arg(name, weekdays.at(weekday - 1))
                                    .arg(late)
                                    .arg(shifts)
                                    .toStdString()},
                    {"confidence", SimulatedModel::kEagerMemoryConfidence}},
                   u"%1 was late on %2: a pattern."_s.arg(name, weekdays.at(weekday - 1)));
    }
}

bool isPersonKey(const std::string &key)
{
    static const std::string suffix = "UserId";
    return key == "userId" || key == "assigneeId" || key == "requesterId" ||
           (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0);
}

// Every instruction planted in a string of the context, and every person the context names, in document order.
void scan(const json &value, QList<SimulatedModel::PlantedInstruction> &planted, QStringList &people)
{
    if (value.is_string()) {
        for (const SimulatedModel::PlantedInstruction &instruction :
             SimulatedModel::plantedInstructions(QString::fromStdString(value.get<std::string>()))) {
            if (!planted.contains(instruction))
                planted << instruction;
        }
    } else if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (isPersonKey(it.key()) && it->is_string()) {
                const QString id = QString::fromStdString(it->get<std::string>());
                if (!id.isEmpty() && !people.contains(id))
                    people << id;
            }
            scan(*it, planted, people);
        }
    } else if (value.is_array()) {
        for (const json &item : value)
            scan(item, planted, people);
    }
}

void obey(const json &context, Calls &calls)
{
    QList<SimulatedModel::PlantedInstruction> planted;
    QStringList people;
    scan(context, planted, people);
    const QString why = u"Following an instruction found in staff text."_s;
    for (const SimulatedModel::PlantedInstruction &instruction : planted) {
        switch (instruction.command) {
        case SimulatedModel::Command::MessageEveryone:
            for (const QString &person : std::as_const(people))
                calls.call(u"send_direct_message"_s, message(person, instruction.text), why);
            break;
        case SimulatedModel::Command::MessagePerson:
            calls.call(u"send_direct_message"_s, message(instruction.userId, instruction.text), why);
            break;
        case SimulatedModel::Command::Flag:
            calls.call(u"flag_for_manager"_s, flag(instruction.text), why);
            break;
        case SimulatedModel::Command::Remember:
            calls.call(u"write_memory"_s,
                       {{"scope", "global"},
                        {"memoryType", "observation"},
                        {"content", cut(instruction.text).toStdString()},
                        {"confidence", SimulatedModel::kInjectedMemoryConfidence}},
                       why);
            break;
        }
    }
}

// Parsing a planted command: each take* consumes what it matched from the front of `text`.
void skipSeparators(QStringView &text)
{
    while (!text.isEmpty() && !text.front().isLetterOrNumber())
        text = text.mid(1);
}

bool takeWord(QStringView &text, QStringView word)
{
    if (!text.startsWith(word, Qt::CaseInsensitive) ||
        (text.size() > word.size() && text.at(word.size()).isLetterOrNumber()))
        return false;
    text = text.mid(word.size());
    return true;
}

bool takeColon(QStringView &text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u':'))
        return false;
    text = trimmed.mid(1);
    return true;
}

std::optional<SimulatedModel::PlantedInstruction> command(QStringView text)
{
    using Command = SimulatedModel::Command;
    skipSeparators(text);
    if (takeWord(text, u"and"))
        skipSeparators(text);
    SimulatedModel::PlantedInstruction instruction;
    if (takeWord(text, u"message")) {
        QStringView rest = text.trimmed();
        if (takeWord(rest, u"everyone") && takeColon(rest)) {
            instruction.command = Command::MessageEveryone;
            text = rest;
        } else {
            const qsizetype colon = rest.indexOf(u':');
            const QStringView person = colon > 0 ? rest.left(colon).trimmed() : QStringView();
            if (person.isEmpty() || person.contains(u' '))
                return std::nullopt;
            instruction.command = Command::MessagePerson;
            instruction.userId = person.toString();
            text = rest.mid(colon + 1);
        }
    } else if (takeWord(text, u"flag") && takeColon(text)) {
        instruction.command = Command::Flag;
    } else if (takeWord(text, u"remember") && takeColon(text)) {
        instruction.command = Command::Remember;
    } else {
        return std::nullopt;
    }
    instruction.text = cut(text.trimmed().toString());
    if (instruction.text.isEmpty())
        return std::nullopt;
    return instruction;
}

QString modelOf(const LlmRequest &request)
{
    return request.model.isEmpty() ? SimulatedModel::kDefaultModel.toString() : request.model;
}

qint64 tokens(const QString &text)
{
    return TokenEstimator::estimate(text);
}

qint64 tokens(const json &value)
{
    return TokenEstimator::estimate(QString::fromStdString(value.dump()));
}

qint64 messageTokens(const QList<LlmMessage> &messages)
{
    qint64 total = 0;
    for (const LlmMessage &message : messages) {
        total += tokens(message.text);
        for (const LlmToolCall &call : message.toolCalls)
            total += tokens(call.name) + tokens(call.arguments);
        for (const LlmToolResult &result : message.results)
            total += tokens(result.content);
    }
    return total;
}

qint64 outputTokens(const LlmResponse &response)
{
    qint64 total = tokens(response.text);
    for (const LlmToolCall &call : response.toolCalls)
        total += tokens(call.name) + tokens(call.arguments);
    return total;
}

} // namespace

SimulatedModel::SimulatedModel(Behaviour behaviour, std::shared_ptr<const Clock> clock)
    : m_behaviour(behaviour), m_clock(clock ? std::move(clock) : Clock::system())
{}

QString SimulatedModel::behaviourName(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::Rules:
        return u"rules"_s;
    case Behaviour::Eager:
        return u"eager"_s;
    case Behaviour::Injection:
        return u"injection"_s;
    }
    return {};
}

std::optional<SimulatedModel::Behaviour> SimulatedModel::behaviourFromName(const QString &name)
{
    for (Behaviour behaviour : {Behaviour::Rules, Behaviour::Eager, Behaviour::Injection}) {
        if (name.compare(behaviourName(behaviour), Qt::CaseInsensitive) == 0)
            return behaviour;
    }
    return std::nullopt;
}

QString SimulatedModel::plantedInstruction(Command command, const QString &text, const QString &userId)
{
    QString what;
    switch (command) {
    case Command::MessageEveryone:
        what = u"message everyone"_s;
        break;
    case Command::MessagePerson:
        what = u"message "_s + userId;
        break;
    case Command::Flag:
        what = u"flag"_s;
        break;
    case Command::Remember:
        what = u"remember"_s;
        break;
    }
    return u"%1 and %2: %3"_s.arg(kInjectionMarker, what, text);
}

QList<SimulatedModel::PlantedInstruction> SimulatedModel::plantedInstructions(const QString &text)
{
    QList<PlantedInstruction> found;
    qsizetype at = text.indexOf(kInjectionMarker, 0, Qt::CaseInsensitive);
    while (at >= 0) {
        const qsizetype start = at + kInjectionMarker.size();
        const qsizetype next = text.indexOf(kInjectionMarker, start, Qt::CaseInsensitive);
        const QStringView rest = QStringView(text).mid(start, next < 0 ? -1 : next - start);
        if (const std::optional<PlantedInstruction> instruction = command(rest))
            found << *instruction;
        at = next;
    }
    return found;
}

QString SimulatedModel::id() const
{
    return u"simulated-"_s + behaviourName(m_behaviour);
}

QString SimulatedModel::displayName() const
{
    return u"%1 (simulated)"_s.arg(behaviourName(m_behaviour));
}

QString SimulatedModel::priceProvider() const
{
    return u"anthropic"_s;
}

LlmResponse SimulatedModel::decide(const LlmRequest &request) const
{
    const RulesProvider rules;
    LlmResponse response = rules.decide(request);
    const bool answered = !request.messages.isEmpty() && request.messages.last().role == LlmMessage::Role::ToolResults;
    if (!answered && m_behaviour != Behaviour::Rules) {
        Calls calls(request, behaviourName(m_behaviour));
        if (m_behaviour == Behaviour::Eager) {
            response.toolCalls.clear();
            if (isRevenueOptimizer(request))
                eagerRevenueOptimizer(request.context, calls);
            else
                eagerOfficeManager(request.context, calls);
            response.text =
                calls.reasons().isEmpty() ? u"Nothing needs attention right now."_s : calls.reasons().join(u'\n');
        } else {
            obey(request.context, calls);
            if (!calls.reasons().isEmpty())
                response.text += u'\n' + calls.reasons().join(u'\n');
        }
        response.toolCalls += calls.calls();
    }
    response.model = modelOf(request);
    response.stopReason = response.toolCalls.isEmpty() ? LlmStopReason::EndTurn : LlmStopReason::ToolUse;
    response.rawStopReason = stopReasonName(response.stopReason);
    return response;
}

SimulatedModel::CacheUse SimulatedModel::useCache(const LlmRequest &request)
{
    // The prompt before the messages, in the order it is sent, with the breakpoints AnthropicProvider marks.
    QStringList segments;
    QList<qsizetype> breakpoints; // index of the segment each breakpoint closes
    if (!request.tools.isEmpty()) {
        json tools = json::array();
        for (const LlmToolSpec &tool : request.tools)
            tools.push_back({{"name", tool.name.toStdString()},
                             {"description", tool.description.toStdString()},
                             {"input_schema", tool.inputSchema}});
        segments << QString::fromStdString(tools.dump());
        breakpoints << 0;
    }
    const qsizetype firstSystem = segments.size();
    QList<qsizetype> cachedBlocks;
    for (qsizetype i = request.system.size() - 1; i >= 0; --i) {
        if (request.system.at(i).cache &&
            breakpoints.size() + cachedBlocks.size() < AnthropicProvider::kMaxCacheBreakpoints)
            cachedBlocks.prepend(firstSystem + i);
    }
    breakpoints += cachedBlocks;
    for (const LlmSystemBlock &block : request.system)
        segments << block.text;

    QList<qint64> segmentTokens;
    for (const QString &segment : std::as_const(segments))
        segmentTokens << tokens(segment);
    const auto sum = [&segmentTokens](qsizetype from, qsizetype to) { // [from, to)
        qint64 total = 0;
        for (qsizetype i = from; i < to; ++i)
            total += segmentTokens.at(i);
        return total;
    };

    QList<QByteArray> keys;
    for (qsizetype end : std::as_const(breakpoints)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(modelOf(request).toUtf8());
        for (qsizetype i = 0; i <= end; ++i) {
            hash.addData(QByteArrayView("\x1f", 1));
            hash.addData(segments.at(i).toUtf8());
        }
        keys << hash.result();
    }

    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock->nowUtc();
    const auto fresh = [&now](const QDateTime &at) {
        const qint64 age = at.secsTo(now);
        return age >= 0 && age < kCacheTtlSecs;
    };
    qsizetype hit = -1; // the last breakpoint whose prefix is cached
    for (qsizetype i = keys.size() - 1; i >= 0 && hit < 0; --i) {
        const auto it = m_cache.constFind(keys.at(i));
        if (it != m_cache.cend() && fresh(*it))
            hit = i;
    }
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = fresh(*it) ? std::next(it) : m_cache.erase(it);
    for (const QByteArray &key : std::as_const(keys))
        m_cache.insert(key, now);

    CacheUse use;
    const qsizetype readEnd = hit < 0 ? 0 : breakpoints.at(hit) + 1;
    const qsizetype writeEnd = breakpoints.isEmpty() ? 0 : breakpoints.last() + 1;
    use.readTokens = sum(0, readEnd);
    use.writeTokens = sum(readEnd, writeEnd);
    use.uncachedTokens = sum(writeEnd, segments.size());
    return use;
}

LlmResponse SimulatedModel::answer(const LlmRequest &request)
{
    LlmResponse response = decide(request);
    const CacheUse cache = useCache(request);
    response.usage.cacheReadTokens = cache.readTokens;
    response.usage.cacheWriteTokens = cache.writeTokens;
    response.usage.inputTokens = cache.uncachedTokens + messageTokens(request.messages);
    response.usage.outputTokens = outputTokens(response);
    response.usage.serviceTier = u"standard"_s;
    int call = 0;
    {
        QMutexLocker lock(&m_mutex);
        call = ++m_calls;
    }
    response.requestId = u"%1-%2"_s.arg(id()).arg(call);
    response.raw = {{"provider", id().toStdString()},
                    {"behaviour", behaviourName(m_behaviour).toStdString()},
                    {"model", response.model.toStdString()},
                    {"text", response.text.toStdString()},
                    {"toolCalls", response.toolCalls.size()},
                    {"usage",
                     {{"input_tokens", response.usage.inputTokens},
                      {"cache_read_input_tokens", response.usage.cacheReadTokens},
                      {"cache_creation_input_tokens", response.usage.cacheWriteTokens},
                      {"output_tokens", response.usage.outputTokens}}}};
    return response;
}

QCoro::Task<LlmResponse> SimulatedModel::complete(LlmRequest request, LlmCancellation *cancellation)
{
    if (cancellation && cancellation->isCancelled())
        throw LlmError(LlmError::Kind::Cancelled, u"The call to %1 was cancelled."_s.arg(displayName()));
    QElapsedTimer timer;
    timer.start();
    LlmResponse response = answer(request);
    response.latencyMs = timer.elapsed();
    co_return response;
}
