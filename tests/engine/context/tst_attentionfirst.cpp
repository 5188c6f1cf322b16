// Attention first, with the real Office Manager modules on a real database: one attention item of each kind among
// sixty people's background (everyone clocked in, tomorrow's schedule), assembled with a budget far too small for the
// background. The item is always in some call, whole and with its id; the background is shown at less detail.
#include "context/contextassembler.h"
#include "context/contextregistry.h"
#include "jsoncompare.h"
#include "officemanagerfixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using namespace OfficeManagerFixture;

namespace {

const QDateTime kNow = at(2026, 11, 24, 13, 0); // a Tuesday

// Sixty people at two stores, all clocked in since 11:00 with a shift until 19:00, and all on tomorrow's schedule.
void background(TestDatabase &db, Fixture &f)
{
    const QString harbor = f.location(u"Harbor"_s);
    for (int i = 0; i < 60; ++i) {
        const QString store = i % 2 ? harbor : f.oldTown;
        const QString who = f.person(u"Background Person %1"_s.arg(i, 2, 10, QChar(u'0')));
        const QString shift = f.shift(who, store, at(2026, 11, 24, 11, 0), at(2026, 11, 24, 19, 0));
        db.session().exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in) VALUES (?, ?, ?)"_s,
                          {who, shift, ts(at(2026, 11, 24, 11, 0))});
        f.shift(who, store, at(2026, 11, 25, 9, 0), at(2026, 11, 25, 17, 0));
    }
}

// The one attention item of `kind`; returns the module, the list and the id under which it must appear.
struct Expected
{
    QString module;
    const char *list;
    const char *field;
    QString id;
};

Expected plant(TestDatabase &db, Fixture &f, const QString &kind)
{
    SqlSession &s = db.session();
    const QString ana = f.person(u"Ana Ruiz"_s);
    if (kind == u"late"_s)
        return {u"attendance"_s, "expectedButMissing", "shiftId",
                f.shift(ana, f.oldTown, at(2026, 11, 24, 12, 40), at(2026, 11, 24, 18, 0))};
    if (kind == u"long shift"_s) {
        const QString shift = f.shift(ana, f.oldTown, at(2026, 11, 24, 6, 0), at(2026, 11, 24, 15, 0));
        s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in) VALUES (?, ?, ?)"_s,
               {ana, shift, ts(at(2026, 11, 24, 6, 0))});
        return {u"attendance"_s, "longShiftsWithoutBreak", "userId", ana};
    }
    if (kind == u"overdue task"_s)
        return {u"tasks"_s, "overdue", "taskId", f.task(u"Count the till"_s, ana, kNow.addSecs(-3600))};
    if (kind == u"task due soon"_s)
        return {u"tasks"_s, "dueSoon", "taskId", f.task(u"Dust the shelves"_s, ana, kNow.addSecs(1800))};
    if (kind == u"unassigned task"_s)
        return {u"tasks"_s, "unassigned", "taskId", f.task(u"Mop the floor"_s, {}, kNow.addSecs(5 * 3600))};
    if (kind == u"waiting purchase"_s)
        return {u"purchases"_s, "pending", "purchaseId",
                f.purchase(ana, u"Paper towels"_s, 12.5, kNow.addSecs(-26 * 3600))};
    if (kind == u"unassigned cash"_s)
        return {u"expenses"_s, "unassignedWithdrawals", "withdrawalId",
                f.withdrawal(ana, 200, kNow.addSecs(-4 * 86400), u"unassigned"_s)};
    // A store open today with nobody scheduled.
    const QString empty = f.location(u"Empty Corner"_s);
    f.hours(empty, kNow.date().dayOfWeek() % 7, u"10:00"_s, u"18:00"_s);
    return {u"schedule"_s, "gaps", "locationId", empty};
}

} // namespace

class TestAttentionFirst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAttentionItemSurvivesATinyBudget_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"late", "long shift", "overdue task", "task due soon", "unassigned task",
                                 "waiting purchase", "unassigned cash", "store without staff"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void anAttentionItemSurvivesATinyBudget()
    {
        QFETCH(QString, kind);
        TestDatabase db;
        Fixture f(db);
        background(db, f);
        const Expected expected = plant(db, f, kind);
        const ContextAssembler assembler(ContextRegistry::forAgent(Agent::OfficeManager));
        const ContextRequest request = requestAt(kNow);

        // Room for everything: the background is listed whole.
        const AssembledContext roomy = assembler.assemble(db.session(), request, 100000);
        QCOMPARE(roomy.module(u"attendance"_s)->detail, ContextDetail::Full);
        const int fullTokens = roomy.totalTokens();

        const int budget = 500;
        QVERIFY(fullTokens > 4 * budget);
        const AssembledContext context = assembler.assemble(db.session(), request, budget);
        for (const AssembledContext::Omission &o : context.omitted) // only modules with nothing to say here
            QVERIFY2(o.reason == AssembledContext::kNothingToReport, qPrintable(o.moduleId + u": "_s + o.reason));
        int found = 0;
        for (const AssembledContext &call : context.calls()) {
            const ContextModule *m = call.module(expected.module);
            if (!m || !m->data.contains(expected.list))
                continue;
            for (const json &item : m->data[expected.list]) {
                if (item.value(expected.field, std::string()) != expected.id.toStdString())
                    continue;
                ++found;
                QVERIFY2(m->prompt.contains(expected.id), qPrintable(m->prompt)); // shown with its id
                QVERIFY(m->attentionTotal() > 0);
            }
        }
        QCOMPARE(found, 1); // in exactly one call
        QCOMPARE(context.attentionNotShown(), 0);
        // The sixty clocked in are no longer listed one by one.
        const ContextModule *attendance = context.calls().front().module(u"attendance"_s);
        QVERIFY(attendance);
        QVERIFY(attendance->detail != ContextDetail::Full);
        QCOMPARE(ContextLists::total(attendance->data, u"clockedIn"_s) > 0, true);
        QVERIFY2(!attendance->detailReason.isEmpty(), "the record says why");
        // Sixty lines of at least ten tokens never fit 500: they were counted in the database, not read, and the
        // counts of every call add up to everyone clocked in.
        QVERIFY(ContextLists::isCounted(attendance->data, u"clockedIn"_s));
        int clockedIn = 0;
        for (const AssembledContext &call : context.calls()) {
            if (const ContextModule *m = call.module(u"attendance"_s))
                clockedIn += ContextLists::total(m->data, u"clockedIn"_s);
        }
        QCOMPARE(clockedIn, ContextLists::total(roomy.module(u"attendance"_s)->data, u"clockedIn"_s));
        QVERIFY(!ContextLists::isCounted(roomy.module(u"attendance"_s)->data, u"clockedIn"_s));
        const ContextModule *schedule = context.calls().front().module(u"schedule"_s);
        QVERIFY(schedule && ContextLists::isCounted(schedule->data, u"tomorrow"_s));
    }
};

QTEST_GUILESS_MAIN(TestAttentionFirst)
#include "tst_attentionfirst.moc"
