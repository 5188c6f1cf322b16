#include "context/providers/attendancehistoryprovider.h"

#include "business/staffscope.h"
#include "context/contextlists.h"
#include "context/providers/analysiswindow.h"
#include "context/providers/providerutil.h"
#include "context/providers/shiftoutcomes.h"
#include "db/sqlsession.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

using ProviderUtil::str;

struct Tally
{
    int shifts = 0;
    int late = 0;
    int absences = 0;

    int missed() const { return late + absences; }
    double rate() const { return shifts > 0 ? double(missed()) / shifts : 0.0; }
    void add(const Tally &other)
    {
        shifts += other.shifts;
        late += other.late;
        absences += other.absences;
    }
};

struct Person
{
    std::string userId;
    std::string name;
    std::string locationId;
    std::string location;
    Tally total;
    Tally recent;                     // the last kRecentDays of the window
    std::array<Tally, 8> byWeekday{}; // index 1..7, ISO weekday
};

const QStringList kWeekdays = {{}, u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s};
const QStringList kWeekdayNames = {{},           u"Mondays"_s,   u"Tuesdays"_s, u"Wednesdays"_s, u"Thursdays"_s,
                                   u"Fridays"_s, u"Saturdays"_s, u"Sundays"_s};

json tallyJson(const Tally &tally)
{
    return {{"shifts", tally.shifts},
            {"lateShifts", tally.late},
            {"absences", tally.absences},
            {"missedRate", ProviderUtil::round(tally.rate(), 3)}};
}

json personJson(const Person &person)
{
    json item = {{"userId", person.userId}, {"name", person.name}};
    if (!person.locationId.empty()) {
        item["locationId"] = person.locationId;
        item["location"] = person.location;
    }
    return item;
}

// The strongest `limit` of `found` (ordered by `stronger`) as a JSON list; how many were left out goes to `rest`.
template <typename T, typename Less, typename ToJson>
json strongest(std::vector<T> found, int limit, Less stronger, ToJson toJson, int &rest)
{
    std::ranges::stable_sort(found, stronger);
    json list = json::array();
    for (size_t i = 0; i < found.size() && i < size_t(limit); ++i)
        list.push_back(toJson(found[i]));
    rest = int(found.size()) - int(list.size());
    return list;
}

QString percent(double share)
{
    return u"%1%"_s.arg(ProviderUtil::round(share * 100.0, share < 0.1 ? 1 : 0));
}

QString missedText(const json &tally)
{
    QString text = u"%1/%2 late"_s.arg(tally["lateShifts"].get<int>()).arg(tally["shifts"].get<int>());
    if (tally["absences"].get<int>() > 0)
        text += u", %1 absent"_s.arg(tally["absences"].get<int>());
    return text;
}

} // namespace

QString AttendanceHistoryProvider::moduleId() const
{
    return u"attendance-history"_s;
}

QString AttendanceHistoryProvider::moduleName() const
{
    return u"Attendance History"_s;
}

QString AttendanceHistoryProvider::description() const
{
    return u"Lateness and absences over the analysis window: weekday patterns, people late far more often than the "
           "rest, changes in the last week, and everyone's totals."_s;
}

double AttendanceHistoryProvider::chanceOfAtLeast(int k, int n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    if (p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return 1.0;
    // The binomial probabilities from P(X = 0) up, each from the one before; summed from k.
    double term = std::pow(1.0 - p, n);
    double below = 0.0;
    for (int i = 0; i < k; ++i) {
        below += term;
        term *= double(n - i) / double(i + 1) * p / (1.0 - p);
    }
    return std::clamp(1.0 - below, 0.0, 1.0);
}

json AttendanceHistoryProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const AnalysisWindow window = AnalysisWindow::of(request);
    const QDate recentFrom = window.lastDay.addDays(1 - kRecentDays);
    const bool hasEarlier = window.days > kRecentDays;
    // Settled days come from the roll-up, the rest from the shifts (ShiftOutcomes): a year costs a read of the
    // roll-up, not a join of every shift with its clock-ins. One row per person and weekday.
    const ShiftOutcomes counts = ShiftOutcomes::counts(session, request, window.firstDay, window.lastDay);
    const SqlRows rows = session.select(
        u"WITH c AS MATERIALIZED (%1), "
        "home AS (SELECT DISTINCT ON (user_id) user_id, location_id FROM "
        "(SELECT user_id, location_id, sum(shifts) AS n FROM c GROUP BY user_id, location_id) p "
        "ORDER BY user_id, (location_id IS NULL), n DESC, location_id) "
        "SELECT u.id, u.name, h.location_id, l.name, extract(isodow FROM c.day)::int, sum(c.shifts)::int, "
        "sum(c.late)::int, sum(c.absences)::int, coalesce(sum(c.shifts) FILTER (WHERE c.day >= ?::date), 0)::int, "
        "coalesce(sum(c.late) FILTER (WHERE c.day >= ?::date), 0)::int, "
        "coalesce(sum(c.absences) FILTER (WHERE c.day >= ?::date), 0)::int "
        "FROM c JOIN users u ON u.id = c.user_id LEFT JOIN home h ON h.user_id = c.user_id "
        "LEFT JOIN locations l ON l.id = h.location_id WHERE %2 "
        "GROUP BY u.id, u.name, h.location_id, l.name, 5 ORDER BY u.name, u.id, 5"_s.arg(
            counts.sql, StaffScope::condition(request)),
        counts.params + QVariantList(3, recentFrom));

    std::vector<Person> people;
    QHash<QString, size_t> index;
    Tally business;
    Tally businessRecent;
    for (const QVariantList &row : rows.rows) {
        const QString userId = row.at(0).toString();
        auto found = index.constFind(userId);
        if (found == index.constEnd()) {
            found = index.insert(userId, people.size());
            people.push_back({userId.toStdString(),
                              ProviderUtil::text(row.at(1)),
                              ProviderUtil::text(row.at(2)),
                              ProviderUtil::text(row.at(3)),
                              {},
                              {},
                              {}});
        }
        Person &person = people[*found];
        const int weekday = std::clamp(row.at(4).toInt(), 1, 7);
        const Tally day{row.at(5).toInt(), row.at(6).toInt(), row.at(7).toInt()};
        const Tally recent{row.at(8).toInt(), row.at(9).toInt(), row.at(10).toInt()};
        person.byWeekday[size_t(weekday)].add(day);
        person.total.add(day);
        person.recent.add(recent);
        business.add(day);
        businessRecent.add(recent);
    }
    // What "far more often" is measured against: everyone else's rate (in a small store one person's own lateness
    // would raise the bar they are measured by), never below kMinBaseRate, so that where nobody else is ever late
    // one late shift is not a pattern.
    const auto baseFor = [&business](const Person &person) {
        const int shifts = business.shifts - person.total.shifts;
        return shifts > 0 ? std::max(kMinBaseRate, double(business.missed() - person.total.missed()) / shifts)
                          : kMinBaseRate;
    };
    Tally businessEarlier{business.shifts - businessRecent.shifts, business.late - businessRecent.late,
                          business.absences - businessRecent.absences};

    json data = {{"window", window.toJson()},
                 {"lateGraceMinutes", kLateGraceMinutes},
                 {"recentDays", kRecentDays},
                 {"business", tallyJson(business)},
                 {"people", json::array()}};
    if (hasEarlier) {
        data["business"]["recent"] = tallyJson(businessRecent);
        data["business"]["earlier"] = tallyJson(businessEarlier);
    }

    struct Cell
    {
        const Person *person;
        int weekday;
        double chance;
    };
    struct Change
    {
        const Person *person;
        double change;
    };
    std::vector<Cell> patterns;
    std::vector<Cell> outliers;
    std::vector<Change> improving;
    std::vector<Change> worsening;
    // Everyone, most often late or absent first.
    std::vector<const Person *> ordered;
    for (const Person &person : people)
        ordered.push_back(&person);
    std::ranges::stable_sort(ordered,
                             [](const Person *a, const Person *b) { return a->total.rate() > b->total.rate(); });
    for (const Person *person : ordered) {
        const double base = baseFor(*person);
        json item = personJson(*person);
        item.update(tallyJson(person->total));
        json days = json::array();
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const Tally &day = person->byWeekday[size_t(weekday)];
            if (day.missed() > 0)
                days.push_back({{"weekday", weekday},
                                {"lateShifts", day.late},
                                {"absences", day.absences},
                                {"shifts", day.shifts}});
            if (day.missed() >= kPatternMinMissed && day.rate() >= 0.5) {
                const double chance = chanceOfAtLeast(day.missed(), day.shifts, base);
                if (chance < kPatternMaxChance)
                    patterns.push_back({person, weekday, chance});
            }
        }
        item["byWeekday"] = days;
        data["people"].push_back(item);
        if (person->total.missed() >= kOutlierMinMissed) {
            const double chance = chanceOfAtLeast(person->total.missed(), person->total.shifts, base);
            if (chance < kOutlierMaxChance)
                outliers.push_back({person, 0, chance});
        }
        const Tally earlier{person->total.shifts - person->recent.shifts, person->total.late - person->recent.late,
                            person->total.absences - person->recent.absences};
        if (hasEarlier && person->recent.shifts >= 2 && earlier.shifts >= 4) {
            const double change = person->recent.rate() - earlier.rate();
            if (change <= -kMoverMinChange)
                improving.push_back({person, change});
            else if (change >= kMoverMinChange)
                worsening.push_back({person, change});
        }
    }

    const auto byChance = [](const Cell &a, const Cell &b) { return a.chance < b.chance; };
    int rest = 0;
    data["latenessByWeekday"] = strongest(
        patterns, kMaxPatterns, byChance,
        [](const Cell &cell) {
            json item = personJson(*cell.person);
            const Tally &day = cell.person->byWeekday[size_t(cell.weekday)];
            item.update({{"weekday", cell.weekday},
                         {"lateShifts", day.late},
                         {"absences", day.absences},
                         {"shifts", day.shifts}});
            return item;
        },
        rest);
    data["patternsNotListed"] = rest;
    data["outliers"] = strongest(
        outliers, kMaxOutliers, byChance,
        [](const Cell &cell) {
            json item = personJson(*cell.person);
            item.update(tallyJson(cell.person->total));
            return item;
        },
        rest);
    data["outliersNotListed"] = rest;
    const auto moverJson = [](const Change &mover) {
        json item = personJson(*mover.person);
        const Tally &recent = mover.person->recent;
        const Tally &total = mover.person->total;
        item["recent"] = tallyJson(recent);
        item["earlier"] =
            tallyJson({total.shifts - recent.shifts, total.late - recent.late, total.absences - recent.absences});
        item["change"] = ProviderUtil::round(mover.change, 2);
        return item;
    };
    const auto bigger = [](const Change &a, const Change &b) { return std::abs(a.change) > std::abs(b.change); };
    int restWorse = 0;
    data["movers"] = strongest(improving, kMaxMovers, bigger, moverJson, rest);
    for (json &item : strongest(worsening, kMaxMovers, bigger, moverJson, restWorse))
        data["movers"].push_back(std::move(item));
    data["moversNotListed"] = rest + restWorse;
    return data;
}

QString AttendanceHistoryProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto count = [](const json &value) { return QString::number(value.get<int>()); };
    const json &window = data["window"];
    const json &business = data["business"];
    QStringList lines;
    lines << u"## Attendance history (%1 days, %2 to %3)"_s.arg(count(window["days"]), str(window["firstDay"]),
                                                                str(window["lastDay"]));
    lines << u"Late: the first clock-in came more than %1 minutes after the shift started. Absent: a shift ended with "
             "nobody clocked in. Missed: late or absent. Weekdays are the business's."_s.arg(
                 data["lateGraceMinutes"].get<int>());
    QString overall = u"Across the business: %1 shifts, %2 late, %3 absent (%4 missed)"_s.arg(
        count(business["shifts"]), count(business["lateShifts"]), count(business["absences"]),
        percent(business["missedRate"].get<double>()));
    if (business.contains("recent"))
        overall += u"; last %1 days %2 missed, the days before %3"_s.arg(
            count(data["recentDays"]), percent(business["recent"]["missedRate"].get<double>()),
            percent(business["earlier"]["missedRate"].get<double>()));
    lines << overall + u'.';

    // One arg() call per name: a name may contain "%1", which a chained arg() would substitute again.
    ContextLists::appendSection(
        lines, data, u"latenessByWeekday"_s,
        u"Weekday patterns (missed on one weekday far more often than the business as a whole)"_s, [](const json &d) {
            return u"- %1: %2 %3"_s.arg(ProviderUtil::personLabel(d),
                                        kWeekdayNames.at(std::clamp(d["weekday"].get<int>(), 1, 7)), missedText(d));
        });
    if (const int rest = data.value("patternsNotListed", 0); rest > 0)
        lines << u"  (%1 weaker weekday patterns not listed)"_s.arg(rest);
    ContextLists::appendSection(
        lines, data, u"outliers"_s, u"People missing shifts far more often than the rest, on any weekday"_s,
        [](const json &p) {
            return u"- %1: %2 of %3 shifts (%4)"_s.arg(ProviderUtil::personLabel(p), missedText(p),
                                                       QString::number(p["shifts"].get<int>()),
                                                       percent(p["missedRate"].get<double>()));
        });
    if (const int rest = data.value("outliersNotListed", 0); rest > 0)
        lines << u"  (%1 more not listed)"_s.arg(rest);
    if (business.contains("recent")) {
        ContextLists::appendSection(
            lines, data, u"movers"_s,
            u"Biggest changes in the last %1 days against the days before"_s.arg(count(data["recentDays"])),
            [](const json &m) {
                return u"- %1: %2 missed in the last days (%3), %4 before (%5): %6"_s.arg(
                    ProviderUtil::personLabel(m), percent(m["recent"]["missedRate"].get<double>()),
                    missedText(m["recent"]), percent(m["earlier"]["missedRate"].get<double>()),
                    missedText(m["earlier"]), m["change"].get<double>() < 0 ? u"improving"_s : u"worse"_s);
            });
        if (const int rest = data.value("moversNotListed", 0); rest > 0)
            lines << u"  (%1 smaller changes not listed)"_s.arg(rest);
    }
    ContextLists::appendSection(lines, data, u"people"_s, u"Everyone (most often missed first)"_s, [](const json &p) {
        QString line = u"- %1: %2 shifts, %3 late, %4 absent"_s.arg(
            ProviderUtil::personLabel(p), QString::number(p["shifts"].get<int>()),
            QString::number(p["lateShifts"].get<int>()), QString::number(p["absences"].get<int>()));
        QStringList days;
        for (const json &d : p.value("byWeekday", json::array()))
            days << u"%1 %2"_s.arg(kWeekdays.at(std::clamp(d["weekday"].get<int>(), 1, 7)), missedText(d));
        if (!days.isEmpty())
            line += u"; by weekday: "_s + days.join(u"; "_s);
        return line;
    });
    return lines.join(u'\n');
}

QMap<QString, int> AttendanceHistoryProvider::attention(const json &data) const
{
    return {
        {u"weekdayPatterns"_s, ContextLists::total(data, u"latenessByWeekday"_s) + data.value("patternsNotListed", 0)},
        {u"outliers"_s, ContextLists::total(data, u"outliers"_s) + data.value("outliersNotListed", 0)}};
}

QList<ContextList> AttendanceHistoryProvider::lists() const
{
    return {{u"latenessByWeekday"_s, true}, {u"outliers"_s, true}, {u"movers"_s, true}, {u"people"_s, false}};
}
