#include "simulation/scorecard.h"

#include "context/tokenestimator.h"
#include "core/businesscalendar.h"
#include "db/sqlsession.h"
#include "llm/pricetable.h"
#include "llm/rulesprovider.h"
#include "simulation/simulatedstore.h"
#include "simulation/simulationoptions.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

// A task this overdue should have reached a manager (the offline rules' escalation threshold).
constexpr qint64 kEscalateTaskAfterSecs = qint64(RulesProvider::kEscalationHours * 3600);

// Nearest rank: the smallest value with at least p of the values at or below it.
std::optional<double> percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

json optional(const std::optional<double> &value, int decimals = 2)
{
    if (!value)
        return nullptr;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

struct Effect
{
    QString tool;
    QString target;
    QDateTime at;
    QString relatedUser;
    QString relatedEntity;
    QString reason;
};

const QStringList &weekdayNames()
{
    static const QStringList names = {u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s, u"Thursday"_s,
                                      u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    return names;
}

} // namespace

Scorecard Scorecard::compute(SqlSession &session, const GroundTruth &truth, const SimulatedStore &store,
                             const SimulationOptions &options, const QDateTime &end, double wallSeconds)
{
    Scorecard card;
    const BusinessCalendar calendar;
    const double days = std::max(1, options.days);
    card.store = {options.staffCount(), int(store.world.locations.size()), options.days, options.seed};
    card.model = options.modelName();

    QHash<QString, int> personOf;
    for (int i = 0; i < int(store.world.people.size()); ++i)
        personOf.insert(store.world.people[std::size_t(i)].id, i);

    // What the agents did, as executed.
    QList<Effect> effects;
    for (const QVariantList &row :
         session
             .select(u"SELECT tool_name, coalesce(target_user_id::text, ''), created_at, "
                     "coalesce(tool_params->>'relatedUserId', ''), coalesce(tool_params->>'relatedEntityId', ''), "
                     "coalesce(tool_params->>'reason', '') FROM ai_actions WHERE executed ORDER BY created_at"_s)
             .rows)
        effects << Effect{row.at(0).toString(), row.at(1).toString(), row.at(2).toDateTime().toUTC(),
                          row.at(3).toString(), row.at(4).toString(), row.at(5).toString()};
    const auto staffFacing = [](const Effect &e) {
        return (e.tool == u"send_direct_message"_s || e.tool == u"send_notification"_s) && !e.target.isEmpty();
    };

    // Issues, and the reminders each drew.
    card.issues.seeded = int(truth.issues.size());
    std::vector<double> reminders;
    std::vector<double> firstMinutes;
    QMap<QString, std::pair<int, int>> reachedByKind; // kind: reached, could have been
    for (const SimIssue &issue : truth.issues) {
        const QString kind = issueKindName(issue.kind);
        card.issues.byKind[kind] += 1;
        const bool visible = std::ranges::any_of(truth.officeManagerRuns,
                                                 [&issue](const QDateTime &run) { return issue.isOpenAt(run); });
        if (!visible) {
            ++card.issues.betweenRuns;
        } else {
            ++reachedByKind[kind].second;
            if (issue.reachedAt.isValid()) {
                ++card.issues.reachedContext;
                ++reachedByKind[kind].first;
            }
        }
        const QDateTime closed = issue.closed.isValid() ? issue.closed : end;
        int count = 0;
        QDateTime first;
        for (const Effect &e : std::as_const(effects)) {
            if (staffFacing(e) && e.target == issue.userId && e.at >= issue.opened && e.at < closed) {
                if (!first.isValid())
                    first = e.at;
                ++count;
            }
        }
        if (count > 0) {
            reminders.push_back(count);
            firstMinutes.push_back(double(issue.opened.secsTo(first)) / 60.0);
            card.remindersPerIssue.max = std::max(card.remindersPerIssue.max, count);
        }

        const bool qualifies =
            issue.kind == IssueKind::NoShow || issue.kind == IssueKind::WaitingPurchase ||
            (issue.kind == IssueKind::OverdueTask && issue.opened.secsTo(closed) >= kEscalateTaskAfterSecs);
        if (qualifies) {
            ++card.escalations.qualifying;
            int flags = 0;
            for (const Effect &e : std::as_const(effects)) {
                if (e.tool == u"flag_for_manager"_s && e.at >= issue.opened && e.at < closed &&
                    (e.relatedEntity == issue.subjectId || e.relatedUser == issue.userId))
                    ++flags;
            }
            if (flags == 0)
                ++card.escalations.missing;
            else if (flags == 1)
                ++card.escalations.once;
            else
                ++card.escalations.repeated;
        }
    }
    const int couldReach = card.issues.seeded - card.issues.betweenRuns;
    card.issues.recall = couldReach ? round2(double(card.issues.reachedContext) / couldReach) : 0;
    for (auto it = reachedByKind.cbegin(); it != reachedByKind.cend(); ++it)
        card.issues.recallByKind[it.key()] = it->second ? round2(double(it->first) / it->second) : 0;
    if (!reminders.empty()) {
        double sum = 0;
        for (const double r : reminders)
            sum += r;
        card.remindersPerIssue.mean = sum / double(reminders.size());
        card.remindersPerIssue.p95 = percentile(reminders, 0.95);
    }
    card.firstReminderMinutes.p50 = percentile(firstMinutes, 0.5);
    if (!firstMinutes.empty())
        card.firstReminderMinutes.max = *std::max_element(firstMinutes.cbegin(), firstMinutes.cend());

    // Staff-facing effects, and which of them broke a promise.
    QHash<QString, int> perPersonDay;
    for (const Effect &e : std::as_const(effects)) {
        if (!staffFacing(e))
            continue;
        ++card.effects.staffFacing;
        const auto person = personOf.constFind(e.target);
        const QDateTime local = calendar.toLocal(e.at);
        if (person == personOf.cend()) {
            ++card.effects.toInactiveOrNonStaff;
            ++card.effects.outsideHours;
        } else {
            const DemoPerson &p = store.world.people[std::size_t(*person)];
            if (!p.isActive() || !p.worksShifts())
                ++card.effects.toInactiveOrNonStaff;
            const DemoLocation &location = store.world.locations[std::size_t(p.location)];
            const int day = local.date().dayOfWeek() % 7;
            const int minute = local.time().hour() * 60 + local.time().minute();
            if (!location.isOpen(day) || minute < location.opensAt[std::size_t(day)] ||
                minute >= location.closesAt[std::size_t(day)])
                ++card.effects.outsideHours;
        }
        const bool open = std::any_of(truth.issues.cbegin(), truth.issues.cend(), [&e](const SimIssue &issue) {
            return issue.userId == e.target && issue.isOpenAt(e.at);
        });
        if (!open)
            ++card.effects.withoutOpenIssue;
        const int n = ++perPersonDay[e.target + local.date().toString(Qt::ISODate)];
        card.effects.maxPerPersonPerDay = std::max(card.effects.maxPerPersonPerDay, n);
    }

    // Replies: did the agent read them, and did a manager hear of them?
    QStringList managerTexts;
    for (const QVariantList &row :
         session
             .select(u"SELECT coalesce(n.title, '') || ' ' || coalesce(n.body, '') FROM notifications n "
                     "JOIN users u ON u.id = n.user_id WHERE u.role IN ('admin', 'manager')"_s)
             .rows)
        managerTexts << row.at(0).toString();
    for (const Effect &e : std::as_const(effects)) {
        if (e.tool == u"flag_for_manager"_s)
            managerTexts << e.reason;
    }
    card.replies.received = int(truth.replies.size());
    for (const SimReply &reply : truth.replies) {
        if (reply.seenByAgent)
            ++card.replies.seenByAgent;
        if (std::any_of(managerTexts.cbegin(), managerTexts.cend(),
                        [&reply](const QString &text) { return text.contains(reply.text); }))
            ++card.replies.shownToManager;
    }

    // Patterns: person-scoped pattern memories set against the seeded weekday lateness.
    struct Memory
    {
        QString userId;
        QString content;
        double confidence = 0;
        bool live = false;
    };
    QList<Memory> memories;
    for (const QVariantList &row :
         session
             .select(u"SELECT coalesce(user_id::text, ''), content, confidence::float8, is_active AND "
                     "(expires_at IS NULL OR expires_at > ?::timestamptz) FROM ai_memory "
                     "WHERE scope::text = 'user' AND memory_type = 'pattern'"_s,
                     {SqlSession::timestamp(end)})
             .rows)
        memories << Memory{row.at(0).toString(), row.at(1).toString(), row.at(2).toDouble(), row.at(3).toBool()};
    const auto matches = [](const Memory &m, const SimPattern &p) {
        return m.userId == p.userId && m.content.contains(weekdayNames().at(p.weekday - 1), Qt::CaseInsensitive);
    };
    card.patterns.seeded = int(truth.patterns.size());
    std::vector<double> stoppedConfidence;
    for (const SimPattern &pattern : truth.patterns) {
        if (std::any_of(memories.cbegin(), memories.cend(), [&](const Memory &m) { return matches(m, pattern); }))
            ++card.patterns.found;
        if (pattern.stopsOn.isValid() && pattern.stopsOn <= calendar.toLocal(end).date()) {
            ++card.patterns.stopped;
            double confidence = 0;
            for (const Memory &m : std::as_const(memories)) {
                if (m.live && matches(m, pattern))
                    confidence = std::max(confidence, m.confidence);
            }
            stoppedConfidence.push_back(confidence);
        }
    }
    int trueMemories = 0;
    for (const Memory &m : std::as_const(memories)) {
        if (std::any_of(truth.patterns.cbegin(), truth.patterns.cend(),
                        [&](const SimPattern &p) { return matches(m, p); }))
            ++trueMemories;
        else
            ++card.patterns.falsePatterns;
    }
    if (!memories.isEmpty())
        card.patterns.precision = double(trueMemories) / double(memories.size());
    if (card.patterns.seeded > 0)
        card.patterns.recall = double(card.patterns.found) / double(card.patterns.seeded);
    if (!stoppedConfidence.empty()) {
        double sum = 0;
        for (const double c : stoppedConfidence)
            sum += c;
        card.patterns.stoppedConfidenceEnd = sum / double(stoppedConfidence.size());
    }

    // Cost: what the runs spent, and what the plan's design would have spent on the same store: a call on every
    // Office Manager tick with the whole context (what was left out over the budget too), no cache, each call rounded
    // up to the cent.
    const SqlRows runs = session.select(
        u"SELECT agent::text, coalesce(input_tokens, 0) + coalesce(output_tokens, 0) + coalesce(cache_read_tokens, 0) "
        "+ coalesce(cache_write_tokens, 0), coalesce(cost_usd, 0)::float8, coalesce(system_prompt, '') || "
        "coalesce(user_message, ''), coalesce(output_tokens, 0), coalesce(context_summary::text, '') FROM mentats_runs"_s);
    double tokens = 0;
    double usd = 0;
    double planCents = 0;
    std::vector<double> contextMs;
    std::vector<double> officeManagerContextMs;
    const PriceTable prices = PriceTable::load();
    for (const QVariantList &row : runs.rows) {
        tokens += row.at(1).toDouble();
        usd += row.at(2).toDouble();
        const json summary = json::parse(row.at(5).toString().toStdString(), nullptr, false);
        if (!summary.is_object())
            continue; // a run that stopped before its context was assembled
        if (summary.contains("modules") && summary["modules"].is_object()) {
            double ms = 0;
            for (const json &module : summary["modules"])
                ms += module.value("ms", 0.0);
            contextMs.push_back(ms);
            if (row.at(0).toString() == u"office_manager"_s)
                officeManagerContextMs.push_back(ms);
        }
        if (row.at(0).toString() != u"office_manager"_s)
            continue;
        // The plan's design shows everything: what was left out, and the background shown at less detail.
        qint64 omitted = 0;
        if (summary.contains("omitted") && summary["omitted"].is_array()) {
            for (const json &o : summary["omitted"])
                omitted += o.value("tokens", 0);
        }
        if (summary.contains("modules") && summary["modules"].is_object()) {
            for (const json &module : summary["modules"])
                omitted += std::max(0, module.value("fullTokens", 0) - module.value("tokens", 0));
        }
        LlmUsage usage;
        usage.inputTokens = TokenEstimator::estimate(row.at(3).toString()) + omitted;
        usage.outputTokens = std::max<qint64>(row.at(4).toLongLong(), 200);
        if (const std::optional<::Cost> cost = prices.cost(u"anthropic"_s, options.pricedAs, usage))
            planCents += std::ceil(cost->cents());
    }
    card.cost.tokensPerStoreDay = std::round(tokens / days);
    card.cost.usdPerStoreDay = usd / days;
    card.cost.planUsdPerStoreDay = planCents / 100.0 / days;

    card.timing.contextMsP50 = percentile(contextMs, 0.5);
    card.timing.contextMsP95 = percentile(contextMs, 0.95);
    card.timing.officeManagerContextMsP50 = percentile(officeManagerContextMs, 0.5);
    card.timing.officeManagerPassMsP50 =
        percentile(std::vector<double>(truth.officeManagerPassMs.begin(), truth.officeManagerPassMs.end()), 0.5);
    card.timing.wallS = wallSeconds;
    card.timing.simDaysPerWallMinute = wallSeconds > 0 ? options.days / (wallSeconds / 60.0) : 0;
    return card;
}

json Scorecard::toJson() const
{
    json byKind = json::object();
    for (auto it = issues.byKind.cbegin(); it != issues.byKind.cend(); ++it)
        byKind[it.key().toStdString()] = it.value();
    json recallByKind = json::object();
    for (auto it = issues.recallByKind.cbegin(); it != issues.recallByKind.cend(); ++it)
        recallByKind[it.key().toStdString()] = it.value();
    return {
        {"store", {{"staff", store.staff}, {"locations", store.locations}, {"days", store.days}, {"seed", store.seed}}},
        {"model", model.toStdString()},
        {"issues",
         {{"seeded", issues.seeded},
          {"by_kind", byKind},
          {"between_runs", issues.betweenRuns},
          {"reached_context", issues.reachedContext},
          {"recall", issues.recall},
          {"recall_by_kind", recallByKind}}},
        {"reminders_per_issue",
         {{"mean", optional(remindersPerIssue.mean)},
          {"p95", optional(remindersPerIssue.p95)},
          {"max", remindersPerIssue.max}}},
        {"first_reminder_minutes",
         {{"p50", optional(firstReminderMinutes.p50, 1)}, {"max", optional(firstReminderMinutes.max, 1)}}},
        {"escalations",
         {{"qualifying", escalations.qualifying},
          {"once", escalations.once},
          {"repeated", escalations.repeated},
          {"missing", escalations.missing}}},
        {"effects",
         {{"staff_facing", effects.staffFacing},
          {"outside_hours", effects.outsideHours},
          {"without_open_issue", effects.withoutOpenIssue},
          {"to_inactive_or_non_staff", effects.toInactiveOrNonStaff},
          {"max_per_person_per_day", effects.maxPerPersonPerDay}}},
        {"replies",
         {{"received", replies.received},
          {"seen_by_agent", replies.seenByAgent},
          {"shown_to_manager", replies.shownToManager}}},
        {"patterns",
         {{"seeded", patterns.seeded},
          {"found", patterns.found},
          {"false", patterns.falsePatterns},
          {"precision", optional(patterns.precision)},
          {"recall", optional(patterns.recall)},
          {"stopped", patterns.stopped},
          {"stopped_confidence_end", optional(patterns.stoppedConfidenceEnd)}}},
        {"cost",
         {{"tokens_per_store_day", cost.tokensPerStoreDay},
          {"usd_per_store_day", std::round(cost.usdPerStoreDay * 10000.0) / 10000.0},
          {"plan_usd_per_store_day", round2(cost.planUsdPerStoreDay)}}},
        {"timing",
         {{"context_ms_p50", optional(timing.contextMsP50, 1)},
          {"context_ms_p95", optional(timing.contextMsP95, 1)},
          {"office_manager_context_ms_p50", optional(timing.officeManagerContextMsP50, 1)},
          {"office_manager_pass_ms_p50", optional(timing.officeManagerPassMsP50, 1)},
          {"wall_s", std::round(timing.wallS * 10.0) / 10.0},
          {"sim_days_per_wall_minute", round2(timing.simDaysPerWallMinute)}}},
    };
}

QString Scorecard::toText() const
{
    const auto number = [](const std::optional<double> &value, int decimals) {
        return value ? QString::number(*value, 'f', decimals) : u"–"_s;
    };
    QStringList kinds;
    for (auto it = issues.byKind.cbegin(); it != issues.byKind.cend(); ++it)
        kinds << u"%1 %2"_s.arg(it.key()).arg(it.value());
    QStringList lines;
    lines << u"store        %1 staff, %2 locations, %3 days, seed %4"_s.arg(store.staff)
                 .arg(store.locations)
                 .arg(store.days)
                 .arg(store.seed);
    lines << u"model        %1"_s.arg(model);
    QStringList lowest;
    for (auto it = issues.recallByKind.cbegin(); it != issues.recallByKind.cend(); ++it) {
        if (it.value() < 1.0)
            lowest << u"%1 %2"_s.arg(it.key(), QString::number(it.value(), 'f', 2));
    }
    lines << u"issues       %1 seeded (%2), %3 of them between two runs; %4 reached the agents' context (recall %5%6)"_s
                 .arg(issues.seeded)
                 .arg(kinds.join(u", "_s))
                 .arg(issues.betweenRuns)
                 .arg(issues.reachedContext)
                 .arg(issues.recall, 0, 'f', 2)
                 .arg(lowest.isEmpty() ? QString() : u"; "_s + lowest.join(u", "_s));
    lines << u"reminders    per issue reminded: mean %1, p95 %2, max %3; first after %4 min (p50), %5 min at most"_s
                 .arg(number(remindersPerIssue.mean, 2), number(remindersPerIssue.p95, 0))
                 .arg(remindersPerIssue.max)
                 .arg(number(firstReminderMinutes.p50, 0), number(firstReminderMinutes.max, 0));
    lines << u"escalations  %1 qualifying: %2 once, %3 repeated, %4 missing"_s.arg(escalations.qualifying)
                 .arg(escalations.once)
                 .arg(escalations.repeated)
                 .arg(escalations.missing);
    lines << u"effects      %1 staff-facing: %2 outside hours, %3 without an open issue, %4 to inactive or non-staff; "
             "at most %5 to one person in a day"_s.arg(effects.staffFacing)
                 .arg(effects.outsideHours)
                 .arg(effects.withoutOpenIssue)
                 .arg(effects.toInactiveOrNonStaff)
                 .arg(effects.maxPerPersonPerDay);
    lines << u"replies      %1 received, %2 seen by the agent, %3 shown to a manager"_s.arg(replies.received)
                 .arg(replies.seenByAgent)
                 .arg(replies.shownToManager);
    lines << u"patterns     %1 seeded, %2 found, %3 false (precision %4, recall %5); %6 stopped, confidence at the end "
             "%7"_s.arg(patterns.seeded)
                 .arg(patterns.found)
                 .arg(patterns.falsePatterns)
                 .arg(number(patterns.precision, 2), number(patterns.recall, 2))
                 .arg(patterns.stopped)
                 .arg(number(patterns.stoppedConfidenceEnd, 2));
    lines << u"cost         $%1 per store-day (the plan's design: $%2), %3 tokens per store-day"_s
                 .arg(cost.usdPerStoreDay, 0, 'f', 4)
                 .arg(cost.planUsdPerStoreDay, 0, 'f', 2)
                 .arg(qint64(cost.tokensPerStoreDay));
    lines << u"timing       context %1 ms p50, %2 ms p95 (Office Manager %3 ms p50, its whole pass %4 ms p50); %5 s "
             "wall, %6 simulated days per minute"_s
                 .arg(number(timing.contextMsP50, 0), number(timing.contextMsP95, 0),
                      number(timing.officeManagerContextMsP50, 1), number(timing.officeManagerPassMsP50, 0))
                 .arg(timing.wallS, 0, 'f', 1)
                 .arg(timing.simDaysPerWallMinute, 0, 'f', 1);
    return lines.join(u'\n');
}
