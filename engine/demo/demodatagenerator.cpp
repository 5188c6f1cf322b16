// The demo business, and what a careful look at it should find.
//
// Everything is drawn from std::mt19937_64 streams seeded from DemoOptions::seed (one stream per family of tables,
// see DemoRandom), ids included, and laid out relative to one "now" read from the business calendar: wall-clock
// times are placed on business dates in the business time zone, never the machine's.
//
// Small: Old Town Antiques (Sacramento) and Harbor Consignment (San Francisco); 1 admin, 2 managers, 3 purchasers,
// 9 staff (one of whom left three weeks ago and is inactive); 8 weeks of history. Large: 36 stores, 2,400 people,
// two years of history, 15% of the floor hired and ~5% gone during it; the same scenario today at every store.
//
// Today, relative to now (at even-numbered stores, so exactly once in the small demo, unless noted):
//  - someone whose shift started 25-29 minutes ago and who has not clocked in (late);
//  - someone who clocked in ~9.5 hours ago on a 10-hour shift and is still clocked in (long shift);
//  - at odd-numbered stores, someone whose 5-hour shift ended ~2 hours ago, clocked out;
//  - most other staff clocked in normally one to six hours ago; a few start in the next hours, a few are off;
//  - tasks overdue by 1-5 hours (not started or in progress, with task_overdue notifications), tasks due in the
//    next 1-3 hours, tasks completed earlier today, tonight's closing checklist;
//  - pending purchase requests; ATM cash withdrawn 3-6 days ago still unassigned (at least one), and some
//    withdrawn yesterday that is partly accounted for.
// Today's shifts are placed relative to now rather than to opening hours, so the scenario holds whenever the demo
// is built (built early in the morning, the long shift began the evening before).
//
// Patterns in the history (all history tasks end completed or cancelled; nothing old is left open):
//  - Friday lateness: the first staff member on store 0's roster (Old Town) works Monday to Friday and on ~85% of
//    Fridays clocks in 15-40 minutes after the shift starts; on other days always on time (-7 to +2 minutes;
//    everyone else is 5-15 minutes late on 4% of shifts).
//  - Leaving early: the first staff member on store 1's roster (Harbor) clocks out 30-90 minutes before the end
//    of ~60% of their shifts (everyone else leaves -3 to +9 minutes around the end).
//  - The store that runs behind: store 1 (Harbor) completes 35% of its tasks 15 minutes to 4 hours after they were
//    due, against 8% elsewhere, and has 3-5 overdue tasks today against 1-2 elsewhere.
//  - Smaller things: 1.2% of scheduled shifts are no-shows (a shift, no time entry); 1% of entries forgot to clock
//    out and were corrected by the manager (notes + updated_by); 3% of manual tasks were cancelled; purchasers'
//    requests are ~70% approved, half of those with a pickup task, and their ATM cash is allocated to them.

#include "demo/demodatagenerator.h"

#include "core/logging.h"
#include "db/sqlsession.h"
#include "demo/demoattendance.h"
#include "demo/democash.h"
#include "demo/demomessages.h"
#include "demo/demopeople.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotasks.h"
#include "demo/demotimeline.h"
#include "demo/demoworld.h"

#include <QElapsedTimer>

namespace {

// One random stream per family of tables.
enum Stream : quint64
{
    People = 1,
    Attendance,
    Tasks,
    Cash,
    Messages
};

DemoSummary summarize(const DemoTables &tables)
{
    DemoSummary summary;
    summary.locations = tables.locations.insertedRows();
    summary.users = tables.users.insertedRows();
    summary.shifts = tables.shifts.insertedRows();
    summary.timeEntries = tables.timeEntries.insertedRows();
    summary.tasks = tables.tasks.insertedRows();
    summary.taskCompletions = tables.taskCompletions.insertedRows();
    summary.purchaseRequests = tables.purchaseRequests.insertedRows();
    summary.atmWithdrawals = tables.atmWithdrawals.insertedRows();
    summary.conversations = tables.conversations.insertedRows();
    summary.messages = tables.messages.insertedRows();
    summary.notifications = tables.notifications.insertedRows();
    return summary;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(DemoOptions options, BusinessCalendar calendar)
    : m_options(options), m_calendar(std::move(calendar))
{}

DemoSummary DemoDataGenerator::generate(SqlSession &session) const
{
    DemoWorld world;
    world.scale = DemoScale::forSize(m_options.size);
    const DemoTimeline timeline(m_calendar, world.scale.historyDays);
    DemoSummary summary;
    session.transaction([&]() {
        DemoTables tables(session);
        QElapsedTimer timer;
        timer.start();
        const auto step = [&](const char *what, auto &&generator, Stream stream) {
            DemoRandom random(m_options.seed, stream);
            generator(random, tables);
            qCDebug(lcDemo) << what << "written by" << timer.elapsed() << "ms";
        };
        step(
            "people", [&](DemoRandom &random, DemoTables &t) { DemoPeople(world, timeline, random, t).generate(); },
            People);
        step(
            "attendance",
            [&](DemoRandom &random, DemoTables &t) { DemoAttendance(world, timeline, random, t).generate(); },
            Attendance);
        step(
            "tasks", [&](DemoRandom &random, DemoTables &t) { DemoTasks(world, timeline, random, t).generate(); },
            Tasks);
        step(
            "cash", [&](DemoRandom &random, DemoTables &t) { DemoCash(world, timeline, random, t).generate(); }, Cash);
        step(
            "messages", [&](DemoRandom &random, DemoTables &t) { DemoMessages(world, timeline, random, t).generate(); },
            Messages);
        tables.flushAll();
        summary = summarize(tables);
    });
    return summary;
}
