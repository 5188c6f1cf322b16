// Attention first: whatever the budget, every attention item reaches a model call whole; the background degrades
// from full lists to per-location counts to totals, in that order; a run whose attention items do not fit one call
// is split by location (and a location too big for one call by its items); what a run still could not show is
// recorded with its count.
#include "context/contextplanner.h"
#include "fixedclock.h"
#include "jsoncompare.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// A shop floor: who is late (attention) and who is present (background), at several stores.
class FloorProvider final : public ContextProvider
{
public:
    QString moduleId() const override { return u"floor"_s; }
    QString moduleName() const override { return u"Floor"_s; }
    QString description() const override { return {}; }
    int priority() const override { return 10; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }
    json getContext(SqlSession &, const ContextRequest &) const override { return {}; }
    QString formatForPrompt(const json &data, const ContextRequest &) const override
    {
        QStringList lines{u"## Floor"_s};
        const auto line = [](const json &p) {
            return u"- %1 [user %2] at %3"_s.arg(QString::fromStdString(p["name"].get<std::string>()),
                                                 QString::fromStdString(p["userId"].get<std::string>()),
                                                 QString::fromStdString(p["location"].get<std::string>()));
        };
        ContextLists::appendSection(lines, data, u"late"_s, u"Late"_s, line);
        ContextLists::appendSection(lines, data, u"present"_s, u"Present"_s, line);
        return lines.join(u'\n');
    }
    QMap<QString, int> attention(const json &data) const override { return {{u"late"_s, int(data["late"].size())}}; }
    QList<ContextList> lists() const override { return {{u"late"_s, true}, {u"present"_s, false}}; }
};

// Policies: shared by every call, shown whole or not at all.
class RulesProvider final : public ContextProvider
{
public:
    explicit RulesProvider(int chars) : m_chars(chars) {}
    QString moduleId() const override { return u"policy"_s; }
    QString moduleName() const override { return u"Policies"_s; }
    QString description() const override { return {}; }
    int priority() const override { return 80; }
    QList<Agent> agents() const override { return {Agent::OfficeManager}; }
    json getContext(SqlSession &, const ContextRequest &) const override { return {}; }
    QString formatForPrompt(const json &, const ContextRequest &) const override { return QString(m_chars, u'p'); }

private:
    int m_chars;
};

json person(const QString &id, int store)
{
    return {{"userId", id.toStdString()},
            {"name", u"Person %1"_s.arg(id).toStdString()},
            {"locationId", u"store-%1"_s.arg(qlonglong(store), 2, 10, QChar(u'0')).toStdString()},
            {"location", u"Store %1"_s.arg(qlonglong(store), 2, 10, QChar(u'0')).toStdString()}};
}

// `late` late people and `present` present people at each of `stores` stores.
json floor(int stores, int late, int present)
{
    json data = {{"late", json::array()}, {"present", json::array()}};
    for (int s = 1; s <= stores; ++s) {
        for (int i = 0; i < late; ++i)
            data["late"].push_back(person(u"late-%1-%2"_s.arg(s).arg(i), s));
        for (int i = 0; i < present; ++i)
            data["present"].push_back(person(u"here-%1-%2"_s.arg(s).arg(i), s));
    }
    return data;
}

ContextRequest request()
{
    ContextRequest r;
    r.calendar =
        BusinessCalendar(QTimeZone("America/Los_Angeles"),
                         std::make_shared<FixedClock>(QDateTime::fromString(u"2026-11-24T20:00:00Z"_s, Qt::ISODate)));
    return r;
}

QList<ContextPlanner::Built> built(const json &floorData, int policyChars = 0)
{
    const ContextRequest r = request();
    auto floorProvider = std::make_shared<FloorProvider>();
    ContextModule module = floorProvider->shown(ContextModule{}, floorData, r, ContextDetail::Full);
    module.moduleId = floorProvider->moduleId();
    module.priority = floorProvider->priority();
    module.splittable = true;
    module.hasDetails = true;
    QList<ContextPlanner::Built> result{{floorProvider, module}};
    if (policyChars > 0) {
        auto rules = std::make_shared<RulesProvider>(policyChars);
        ContextModule policy = rules->shown(ContextModule{}, json::object(), r, ContextDetail::Full);
        policy.moduleId = rules->moduleId();
        policy.priority = rules->priority();
        result << ContextPlanner::Built{rules, policy};
    }
    return result;
}

AssembledContext planned(const json &floorData, int budget, int policyChars = 0,
                         int maxParts = ContextPlanner::kMaxParts)
{
    const ContextRequest r = request();
    AssembledContext context;
    context.tokenBudget = budget;
    ContextPlanner(r, budget, maxParts).plan(built(floorData, policyChars), context);
    return context;
}

// Every late person's id across the calls, counting repeats.
QStringList lateShown(const AssembledContext &context)
{
    QStringList ids;
    for (const AssembledContext &call : context.calls()) {
        const ContextModule *m = call.module(u"floor"_s);
        if (!m)
            continue;
        for (const json &p : m->data["late"])
            ids << QString::fromStdString(p["userId"].get<std::string>());
    }
    return ids;
}

QStringList allLate(const json &data)
{
    QStringList ids;
    for (const json &p : data["late"])
        ids << QString::fromStdString(p["userId"].get<std::string>());
    return ids;
}

} // namespace

class TestContextPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void degradesTheBackgroundInOrderAndKeepsEveryAttentionItem()
    {
        const json data = floor(3, 2, 40);
        ContextDetail previous = ContextDetail::Full;
        QSet<ContextDetail> seen;
        for (int budget = 2500; budget > 0; budget -= 5) {
            const AssembledContext context = planned(data, budget);
            if (context.isSplit()) {
                // Below what the six late people and the totals take: split, never dropped.
                QCOMPARE(previous, ContextDetail::Counts);
                const QStringList late = lateShown(context);
                QCOMPARE(QSet<QString>(late.begin(), late.end()).size(), 6);
                break;
            }
            const ContextModule *m = context.module(u"floor"_s);
            QVERIFY(m);
            QCOMPARE(lateShown(context), allLate(data));
            QVERIFY2(context.totalTokens() <= budget, qPrintable(u"%1 > %2"_s.arg(context.totalTokens()).arg(budget)));
            QVERIFY2(int(m->detail) >= int(previous), "a smaller budget never shows more detail");
            previous = m->detail;
            seen << m->detail;
            switch (m->detail) {
            case ContextDetail::Full:
                QCOMPARE(int(m->data["present"].size()), int(120));
                QCOMPARE(m->detailReason, u"everything fits"_s);
                break;
            case ContextDetail::Summary:
                QVERIFY(!m->data.contains("present"));
                QCOMPARE(m->data["summarized"]["present"]["total"], json(120));
                QCOMPARE(int(m->data["summarized"]["present"]["byLocation"].size()), int(3));
                QVERIFY2(m->prompt.contains(u"Present (120, not listed; by location: Store 01 40, Store 02 40, "
                                            "Store 03 40)"_s),
                         qPrintable(m->prompt));
                QVERIFY2(m->detailReason.startsWith(u"the full list needs %1 tokens"_s.arg(m->fullTokenEstimate)),
                         qPrintable(m->detailReason));
                break;
            case ContextDetail::Counts:
                QVERIFY(!m->data["summarized"]["present"].contains("byLocation"));
                QVERIFY2(m->prompt.contains(u"Present (120, not listed)"_s), qPrintable(m->prompt));
                QVERIFY(m->detailReason.contains(u"per-location counts"_s));
                break;
            }
            // The late are always listed whole, with their ids.
            QVERIFY(m->prompt.contains(u"- Person late-3-1 [user late-3-1] at Store 03"_s));
            QCOMPARE(context.summary()["modules"]["floor"]["detail"],
                     json(ContextDetails::id(m->detail).toStdString()));
        }
        QCOMPARE(seen, (QSet<ContextDetail>{ContextDetail::Full, ContextDetail::Summary, ContextDetail::Counts}));
    }

    void splitsByLocationWhenTheAttentionItemsDoNotFit()
    {
        const json data = floor(6, 8, 5);
        const AssembledContext single = planned(floor(6, 8, 0), 100000, 400);
        QVERIFY(!single.isSplit());
        const int attentionTokens = single.module(u"floor"_s)->tokenEstimate;
        const int budget = 100 + attentionTokens / 3 + 30; // the policies' 100 and about two stores a call
        const AssembledContext context = planned(data, budget, 400);
        QVERIFY(context.isSplit());
        QVERIFY2(context.parts.size() >= 3 && context.parts.size() <= 4,
                 qPrintable(QString::number(context.parts.size())));
        QVERIFY(context.modules.isEmpty());
        // Each late person exactly once, each call within the budget, each with the shared policies.
        QStringList shown = lateShown(context);
        QCOMPARE(shown.size(), 48);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), 48);
        QCOMPARE(context.attentionNotShown(), 0);
        QStringList labels;
        for (const AssembledContext &call : context.calls()) {
            QVERIFY2(call.totalTokens() <= budget, qPrintable(u"%1 > %2"_s.arg(call.totalTokens()).arg(budget)));
            QVERIFY(call.module(u"policy"_s));
            QCOMPARE(call.partCount, int(context.parts.size()));
            labels << call.partLabel;
            // Whole stores: every late person of a store the call names is in it.
            const ContextModule *m = call.module(u"floor"_s);
            for (const json &p : m->data["late"])
                QVERIFY(call.partLabel.contains(QString::fromStdString(p["location"].get<std::string>())));
        }
        QCOMPARE(labels.first().left(8), u"Store 01"_s);
        // The record keeps every call's items and says how the run was split.
        const json summary = context.summary();
        QCOMPARE(int(summary["parts"].size()), int(context.parts.size()));
        QCOMPARE(summary["modules"]["floor"]["attention"], json(48));
        QCOMPARE(int(context.structured()["parts"].size()), int(context.parts.size()));
        QVERIFY(context.prompt().contains(u"### Call 2 of "_s));
    }

    // A background too long for any budget to list is counted in the database (ContextLists::counted): each call
    // shows its own stores' counts, totals only at the least detail, and the module says it was never listed.
    void listsCountedInTheDatabaseFollowTheirStores()
    {
        ContextRequest r = request();
        r.tokenBudget = 300;
        QVERIFY(!ContextLists::countInstead(r, 30));
        QVERIFY(ContextLists::countInstead(r, 31)); // 31 lines of at least 10 tokens: more than 300
        r.tokenBudget = 0;
        QVERIFY(!ContextLists::countInstead(r, 1000000)); // no budget known: read everything

        json data = floor(6, 8, 0);
        QList<ContextLists::LocationCount> counts;
        for (int s = 1; s <= 6; ++s)
            counts << ContextLists::LocationCount{u"store-0%1"_s.arg(s), u"Store 0%1"_s.arg(s), 100 * s};
        ContextLists::counted(data, u"present"_s, counts);
        QVERIFY(ContextLists::isCounted(data, u"present"_s));
        QCOMPARE(ContextLists::total(data, u"present"_s), 2100);

        const AssembledContext single = planned(floor(6, 8, 0), 100000, 400);
        const int budget = 100 + single.module(u"floor"_s)->tokenEstimate / 3 + 60;
        const AssembledContext context = planned(data, budget, 400);
        QVERIFY(context.isSplit());
        QCOMPARE(lateShown(context).size(), 48);
        qint64 present = 0;
        for (const AssembledContext &call : context.calls()) {
            const ContextModule *m = call.module(u"floor"_s);
            QVERIFY(m);
            QCOMPARE(m->detail == ContextDetail::Full, false);
            const json &summary = m->data["summarized"]["present"];
            present += summary["total"].get<qint64>();
            // Only the stores this call is about.
            for (const json &entry : summary.value("byLocation", json::array()))
                QVERIFY2(call.partLabel.contains(QString::fromStdString(entry["location"].get<std::string>())),
                         qPrintable(call.partLabel));
            if (m->detail == ContextDetail::Summary)
                QVERIFY2(m->detailReason.contains(u"counted in the database"_s), qPrintable(m->detailReason));
            QVERIFY(m->fullTokenEstimate >=
                    m->tokenEstimate + summary["total"].get<int>() * ContextLists::kMinLineTokens);
            QVERIFY(m->prompt.contains(u"not listed"_s));
        }
        QCOMPARE(present, 2100); // every store counted once across the calls

        // At counts only, the totals without the stores.
        const json counted = ContextLists::atDetail(data, FloorProvider().lists(), ContextDetail::Counts);
        QCOMPARE(counted["summarized"]["present"], json({{"total", 2100}, {"lineTokens", 10}}));
    }

    void splitsOneLargeLocationByItsItems()
    {
        const json data = floor(1, 60, 10);
        const int one = planned(floor(1, 1, 0), 100000).totalTokens();
        const int budget = one + 20 * (planned(floor(1, 2, 0), 100000).totalTokens() - one);
        const AssembledContext context = planned(data, budget);
        QVERIFY(context.isSplit());
        QVERIFY(context.parts.size() >= 3);
        QStringList shown = lateShown(context);
        QCOMPARE(shown, allLate(data)); // in order, each once
        QVERIFY2(context.parts[0].label.startsWith(u"Store 01 (attention items 1-"_s),
                 qPrintable(context.parts[0].label));
        QVERIFY(context.parts.last().label.endsWith(u" of 60)"_s));
        // The store's background goes with its first range only.
        int present = 0;
        for (const AssembledContext &call : context.calls())
            present += ContextLists::total(call.module(u"floor"_s)->data, u"present"_s);
        QCOMPARE(present, 10);
    }

    // Items with no location (a purchase request) are a unit of their own; one item bigger than a whole call
    // still gets a call of its own, a little over the budget, rather than being dropped.
    void neverDropsAnItemTooBigForACall()
    {
        json data = floor(2, 3, 0);
        json loner = person(u"no-store"_s, 0);
        loner.erase("locationId");
        loner["name"] = std::string(400, 'n');
        data["late"].push_back(loner);
        const int small = planned(floor(1, 1, 0), 100000).totalTokens();
        const AssembledContext context = planned(data, small + 30);
        QVERIFY(context.isSplit());
        QCOMPARE(context.parts.front().label, u"no location"_s);
        QStringList shown = lateShown(context);
        std::ranges::sort(shown);
        QStringList expected = allLate(data);
        std::ranges::sort(expected);
        QCOMPARE(shown, expected);
        QCOMPARE(context.attentionNotShown(), 0);
    }

    void recordsWhatARunCouldNotShow()
    {
        const json data = floor(6, 8, 0);
        const int perStore = planned(floor(1, 8, 0), 100000).totalTokens();
        const AssembledContext context = planned(data, perStore + 10, 0, 2);
        QCOMPARE(context.parts.size(), 2);
        QCOMPARE(lateShown(context).size(), 16);
        QCOMPARE(context.attentionNotShown(), 32);
        const AssembledContext::Omission &left = context.omitted.last();
        QCOMPARE(left.moduleId, u"attention"_s);
        QCOMPARE(left.attentionItems, 32);
        QVERIFY2(left.reason.startsWith(u"32 attention items not shown (Store 03, Store 04, Store 05, Store 06)"_s),
                 qPrintable(left.reason));
        QCOMPARE(context.summary()["omitted"][0]["attentionItems"], json(32));
        // And each call's prompt says so.
        QVERIFY(context.calls()[0].omitted.size() == 1);
    }

    void sharedModulesLeaveRoomForTheAttentionItems()
    {
        const json data = floor(2, 10, 0);
        const int attention = planned(data, 100000).totalTokens();
        // Policies of 3,000 tokens against a budget of 2,000 where the late people need `attention`.
        const AssembledContext context = planned(data, 2000, 12000);
        QVERIFY(!context.module(u"policy"_s));
        QCOMPARE(context.omitted.size(), 1);
        QCOMPARE(context.omitted[0].moduleId, u"policy"_s);
        QVERIFY2(context.omitted[0].reason.contains(u"after the attention items"_s),
                 qPrintable(context.omitted[0].reason));
        QCOMPARE(lateShown(context).size(), 20);
        QVERIFY(attention < 2000);
        // Small policies stay, in every call.
        QVERIFY(planned(data, 2000, 400).module(u"policy"_s));
    }
};

QTEST_GUILESS_MAIN(TestContextPlanner)
#include "tst_contextplanner.moc"
