#include "context/contextlists.h"

#include <QHash>
#include <QMap>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString ContextDetails::id(ContextDetail detail)
{
    switch (detail) {
    case ContextDetail::Full:
        return u"full"_s;
    case ContextDetail::Summary:
        return u"summary"_s;
    case ContextDetail::Counts:
        return u"counts"_s;
    }
    return {};
}

QString ContextDetails::describe(ContextDetail detail)
{
    switch (detail) {
    case ContextDetail::Full:
        return u"everything listed"_s;
    case ContextDetail::Summary:
        return u"attention items listed, the rest as per-location counts"_s;
    case ContextDetail::Counts:
        return u"attention items listed, the rest as totals"_s;
    }
    return {};
}

namespace {

QString string(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

std::string key(const QString &name)
{
    return name.toStdString();
}

} // namespace

QString ContextLists::unitOf(const json &item)
{
    return item.is_object() && item.contains("locationId") ? string(item["locationId"]) : QString();
}

bool ContextLists::countInstead(const ContextRequest &request, qint64 items)
{
    return request.tokenBudget > 0 && items * kMinLineTokens > request.tokenBudget;
}

QString ContextLists::readLimit(const ContextRequest &request)
{
    if (request.tokenBudget <= 0)
        return {};
    return u" LIMIT %1"_s.arg(request.tokenBudget / kMinLineTokens + 1);
}

QList<ContextLists::LocationCount> ContextLists::locationCounts(const SqlRows &rows)
{
    QList<LocationCount> counts;
    for (const QVariantList &row : rows.rows)
        counts << LocationCount{row.at(0).toString(), row.at(1).toString(), row.at(2).toLongLong()};
    return counts;
}

void ContextLists::counted(json &data, const QString &name, const QList<LocationCount> &counts, int lineTokens)
{
    const std::string k = key(name);
    qint64 total = 0;
    json byLocation = json::array();
    for (const LocationCount &c : counts) {
        total += c.count;
        json entry = {{"location", c.locationId.isEmpty() ? std::string("no location") : key(c.location)},
                      {"count", c.count}};
        if (!c.locationId.isEmpty())
            entry["locationId"] = key(c.locationId);
        byLocation.push_back(std::move(entry));
    }
    data.erase(k);
    data["summarized"][k] = {
        {"total", total}, {"byLocation", std::move(byLocation)}, {"lineTokens", std::max(kMinLineTokens, lineTokens)}};
    data["countedInDatabase"].push_back(k);
}

bool ContextLists::isCounted(const json &data, const QString &name)
{
    const auto it = data.find("countedInDatabase");
    return it != data.end() && it->is_array() && std::ranges::find(*it, json(key(name))) != it->end();
}

json ContextLists::atDetail(const json &data, const QList<ContextList> &lists, ContextDetail detail)
{
    if (detail == ContextDetail::Full)
        return data;
    json shown = data;
    for (const ContextList &list : lists) {
        const std::string k = key(list.key);
        if (detail == ContextDetail::Counts && isCounted(shown, list.key))
            shown["summarized"][k].erase("byLocation");
        if (list.attention || !shown.contains(k) || !shown[k].is_array())
            continue;
        json summary = {{"total", shown[k].size()}};
        if (detail == ContextDetail::Summary) {
            // Per location, in the order the list first names them; items without one count as "no location".
            QList<QString> order;
            QHash<QString, std::pair<QString, int>> counts;
            for (const json &item : shown[k]) {
                const QString unit = unitOf(item);
                auto it = counts.find(unit);
                if (it == counts.end()) {
                    order << unit;
                    it =
                        counts.insert(unit, {item.is_object() ? string(item.value("location", json())) : QString(), 0});
                }
                ++it->second;
            }
            json byLocation = json::array();
            for (const QString &unit : std::as_const(order)) {
                const auto &[name, count] = counts[unit];
                json entry = {{"location", unit.isEmpty() ? "no location" : key(name)}, {"count", count}};
                if (!unit.isEmpty())
                    entry["locationId"] = key(unit);
                byLocation.push_back(entry);
            }
            summary["byLocation"] = byLocation;
        }
        shown.erase(k);
        shown["summarized"][k] = summary;
    }
    return shown;
}

int ContextLists::total(const json &data, const QString &name)
{
    const std::string k = key(name);
    if (data.contains(k) && data[k].is_array())
        return int(data[k].size());
    if (data.contains("summarized") && data["summarized"].contains(k))
        return data["summarized"][k].value("total", 0);
    return 0;
}

void ContextLists::collectIds(const json &data, const QList<ContextList> &lists, QStringList &people,
                              QStringList &locations)
{
    for (const ContextList &list : lists) {
        const std::string k = key(list.key);
        if (isCounted(data, list.key)) {
            for (const json &entry : data["summarized"][k].value("byLocation", json::array())) {
                if (const QString location = unitOf(entry); !location.isEmpty() && !locations.contains(location))
                    locations << location;
            }
            continue;
        }
        if (!data.contains(k) || !data[k].is_array())
            continue;
        for (const json &item : data[k]) {
            if (!item.is_object())
                continue;
            if (const QString location = unitOf(item); !location.isEmpty() && !locations.contains(location))
                locations << location;
            if (!list.attention)
                continue;
            for (const char *field : {"userId", "assigneeId", "requesterId"}) {
                if (const QString id = string(item.value(field, json())); !id.isEmpty() && !people.contains(id))
                    people << id;
            }
        }
    }
}

void ContextLists::appendSection(QStringList &lines, const json &data, const QString &name, const QString &title,
                                 const std::function<QString(const json &)> &line)
{
    const std::string k = key(name);
    if (data.contains(k) && data[k].is_array()) {
        lines << u"%1 (%2):"_s.arg(title).arg(data[k].size());
        for (const json &item : data[k])
            lines << line(item);
        return;
    }
    const json summary =
        data.contains("summarized") && data["summarized"].contains(k) ? data["summarized"][k] : json::object();
    const int count = summary.value("total", 0);
    if (!summary.contains("byLocation") || count == 0) {
        lines << u"%1 (%2%3)"_s.arg(title).arg(count).arg(count ? u", not listed"_s : QString());
        return;
    }
    QStringList parts;
    for (const json &entry : summary["byLocation"])
        parts << u"%1 %2"_s.arg(string(entry["location"]), QString::number(entry.value("count", 0)));
    lines << u"%1 (%2, not listed; by location: %3)"_s.arg(title).arg(count).arg(parts.join(u", "_s));
}
