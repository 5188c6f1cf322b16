#include "demo/demotasks.h"

#include "demo/democatalog.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;

const DemoPresence &earliest(const std::vector<DemoPresence> &present)
{
    return *std::min_element(present.begin(), present.end(),
                             [](const DemoPresence &a, const DemoPresence &b) { return a.from < b.from; });
}

const DemoPresence &latest(const std::vector<DemoPresence> &present)
{
    return *std::max_element(present.begin(), present.end(),
                             [](const DemoPresence &a, const DemoPresence &b) { return a.until < b.until; });
}

} // namespace

DemoTasks::DemoTasks(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_timeline(timeline), m_random(random), m_writer(world, random, tables),
      m_notifications(random, tables), m_tables(tables)
{}

void DemoTasks::generate()
{
    std::vector<Templates> templates;
    for (int location = 0; location < int(m_world.locations.size()); ++location)
        templates.push_back(writeTemplates(location));
    for (int day = -m_world.scale.historyDays; day < 0; ++day) {
        for (int location = 0; location < int(m_world.locations.size()); ++location)
            writeHistoryDay(location, day, templates[std::size_t(location)]);
    }
    for (int location = 0; location < int(m_world.locations.size()); ++location)
        writeToday(location, templates[std::size_t(location)]);
}

// ---- templates -------------------------------------------------------------------------------------------------

DemoTasks::Templates DemoTasks::writeTemplates(int location)
{
    Templates templates;
    templates.opening =
        writeTemplate(location, u"Opening checklist"_s, u"Everything that has to happen before the doors open."_s,
                      u"[\"Disarm the alarm\", \"Count the register float\", \"Turn on the display lighting\", "
                      "\"Unlock the front door\"]"_s,
                      u"{\"frequency\": \"daily\"}"_s, {}, false, false);
    templates.closing =
        writeTemplate(location, u"Closing checklist"_s, u"Lock up and leave a note for the morning crew."_s,
                      u"[\"Count down the register\", \"Lock the jewelry case\", \"Lights off, alarm on\"]"_s,
                      u"{\"frequency\": \"daily\"}"_s, {}, false, true);
    templates.photos = writeTemplate(location, u"Photograph new consignments"_s,
                                     u"Photos of everything that came in since the last round, for the website."_s,
                                     u"[\"Three angles per item\", \"Close-up of maker's marks\"]"_s,
                                     u"{\"frequency\": \"weekly\", \"daysOfWeek\": [1, 4]}"_s, {}, true, false);
    templates.registerCount = writeTemplate(location, u"Count the register drawer"_s,
                                            u"The first person in counts the float before the first sale."_s, {}, {},
                                            u"first_clock_in"_s, false, true);
    return templates;
}

QString DemoTasks::writeTemplate(int location, const QString &name, const QString &description, const QString &steps,
                                 const QString &recurrence, const QString &trigger, bool photo, bool notes)
{
    const QString id = m_random.uuid();
    const QDateTime created = m_timeline.at(-m_world.scale.historyDays - m_random.between(30, 400), 9 * 60);
    m_tables.taskTemplates.row()
        .text(id)
        .text(name)
        .text(description)
        .textOrNull(steps)
        .boolean(photo)
        .boolean(notes)
        .textOrNull(recurrence)
        .textOrNull(trigger)
        .text(m_world.locations[std::size_t(location)].id)
        .text(m_world.managerOf(location).id)
        .timestamp(created)
        .timestamp(created);
    return id;
}

// ---- history ---------------------------------------------------------------------------------------------------

bool DemoTasks::runsLate(int location)
{
    return m_random.chance(location == m_world.overdueLocation ? 0.35 : 0.08);
}

QString DemoTasks::pickPriority()
{
    const double draw = m_random.unit();
    return draw < 0.2 ? u"low"_s : draw < 0.7 ? u"medium"_s : draw < 0.95 ? u"high"_s : u"urgent"_s;
}

void DemoTasks::finish(const DemoPresence &by, DemoTaskRow row, QDateTime completedAt, int location)
{
    // Some tasks are done after they were due, more often at the store that runs behind.
    const bool late = runsLate(location);
    const qint64 delay = m_random.between(15, 240) * kMinute;
    const bool commented = m_random.chance(0.2);
    const QString &note = m_random.pick(DemoCatalog::completionNotes());
    if (late && row.dueAt.isValid())
        completedAt = std::max(completedAt, row.dueAt.addSecs(delay));
    completedAt = std::max(completedAt, row.createdAt.addSecs(5 * kMinute));
    completedAt = std::min(completedAt, m_timeline.now().addSecs(-2 * kMinute));
    row.status = u"completed"_s;
    row.updatedAt = completedAt;
    const QString id = m_writer.task(row);
    m_writer.completion(id, m_world.people[std::size_t(by.person)], completedAt,
                        row.notesRequired || commented ? note : QString());
}

DemoTaskRow DemoTasks::recurringRow(int location, const QString &templateId, const QString &title,
                                    const DemoPresence &by, const QDateTime &due, const QDateTime &created) const
{
    DemoTaskRow row;
    row.templateId = templateId;
    row.title = title;
    row.assignee = &m_world.people[std::size_t(by.person)];
    row.priority = u"high"_s;
    row.dueAt = due;
    row.source = u"recurring"_s;
    row.createdBy = m_world.managerOf(location).id;
    row.createdAt = created;
    return row;
}

void DemoTasks::writeHistoryDay(int location, int day, const Templates &templates)
{
    const std::vector<DemoPresence> &present = m_world.presenceAt(location, day);
    if (present.empty())
        return;
    const DemoLocation &store = m_world.locations[std::size_t(location)];
    const int dayOfWeek = m_timeline.dayOfWeek(day);
    const int opens = store.opensAt[std::size_t(dayOfWeek)];
    const int closes = store.closesAt[std::size_t(dayOfWeek)];
    const QDateTime midnightRun = m_timeline.at(day, 5); // when TeamTime's recurring job creates the day's tasks
    const DemoPresence &first = earliest(present);
    const DemoPresence &last = latest(present);

    // The first one in counts the drawer (TeamTime creates that task on their clock-in) and opens the store; the
    // last one out closes it.
    DemoTaskRow drawer = recurringRow(location, templates.registerCount, u"Count the register drawer"_s, first,
                                      first.from.addSecs(30 * kMinute), first.from);
    drawer.source = u"event_triggered"_s;
    drawer.notesRequired = true;
    finish(first, drawer, first.from.addSecs(m_random.between(4, 20) * kMinute), location);

    const DemoTaskRow opening = recurringRow(location, templates.opening, u"Opening checklist"_s, first,
                                             m_timeline.at(day, opens + 45), midnightRun);
    finish(first, opening, first.from.addSecs(m_random.between(10, 35) * kMinute), location);

    DemoTaskRow closing = recurringRow(location, templates.closing, u"Closing checklist"_s, last,
                                       m_timeline.at(day, closes + 15), midnightRun);
    closing.notesRequired = true;
    finish(last, closing, last.until.addSecs(-m_random.between(2, 12) * kMinute), location);

    if (dayOfWeek == 1 || dayOfWeek == 4) {
        const DemoPresence &photographer = present[std::size_t(m_random.between(0, int(present.size()) - 1))];
        DemoTaskRow photos = recurringRow(location, templates.photos, u"Photograph new consignments"_s, photographer,
                                          m_timeline.at(day, opens + 240), midnightRun);
        photos.photoRequired = true;
        finish(photographer, photos, photographer.from.addSecs(m_random.between(60, 200) * kMinute), location);
    }
    writeManualTasks(location, present);
}

void DemoTasks::writeManualTasks(int location, const std::vector<DemoPresence> &present)
{
    const int count = m_random.between(0, 1 + int(present.size()) / 6);
    for (int i = 0; i < count; ++i) {
        const DemoPresence &by = present[std::size_t(m_random.between(0, int(present.size()) - 1))];
        const DemoCatalog::ManualTask &job = m_random.pick(DemoCatalog::manualTasks());
        const qint64 window = std::max<qint64>(by.from.secsTo(by.until) - 30 * kMinute, kMinute);
        DemoTaskRow row;
        row.title = job.title;
        row.description = job.description;
        row.assignee = &m_world.people[std::size_t(by.person)];
        row.priority = pickPriority();
        row.dueAt = by.from.addSecs(30 * kMinute + qint64(m_random.unit() * double(window)));
        row.photoRequired = job.photoRequired;
        row.createdBy = m_world.managerOf(location).id;
        row.createdAt = row.dueAt.addSecs(-m_random.between(3, 30) * kHour);
        const double outcome = m_random.unit();
        const QDateTime natural =
            std::max(row.dueAt.addSecs(-m_random.between(5, 150) * kMinute), by.from.addSecs(10 * kMinute));
        if (outcome < 0.03) { // cancelled by the manager, never done
            row.status = u"cancelled"_s;
            row.updatedAt = std::min(row.createdAt.addSecs(m_random.between(1, 10) * kHour), m_timeline.now());
            m_writer.task(row);
            continue;
        }
        finish(by, row, natural, location);
    }
}

// ---- today -----------------------------------------------------------------------------------------------------

std::vector<const DemoPerson *> DemoTasks::teamToday(int location) const
{
    std::vector<const DemoPerson *> team;
    for (const DemoPerson &person : m_world.people) {
        if (person.location != location || person.role != DemoRole::Staff)
            continue;
        // Open tasks belong to people still expected at the store, not to someone who went home.
        if (person.today == DemoToday::OnShift || person.today == DemoToday::Late ||
            person.today == DemoToday::LongShift)
            team.push_back(&person);
    }
    return team;
}

void DemoTasks::writeToday(int location, const Templates &templates)
{
    const std::vector<const DemoPerson *> team = teamToday(location);
    writeDoneToday(location);
    if (team.empty())
        return;
    writeOverdue(location, team);
    writeDueSoon(location, team);
    writeClosingToday(location, templates, team);
}

// A manual task for someone on today's team, due `direction` (-1 past, +1 future) 'minMinutes' to 'maxMinutes' from
// now.
DemoTaskRow DemoTasks::todaysManualTask(int location, const std::vector<const DemoPerson *> &team, int direction,
                                        int minMinutes, int maxMinutes)
{
    const DemoCatalog::ManualTask &job = m_random.pick(DemoCatalog::manualTasks());
    DemoTaskRow row;
    row.title = job.title;
    row.description = job.description;
    row.assignee = team[std::size_t(m_random.between(0, int(team.size()) - 1))];
    row.priority = pickPriority();
    row.dueAt = m_timeline.roundedFromNow(direction * m_random.between(minMinutes, maxMinutes), 5);
    row.photoRequired = job.photoRequired;
    row.createdBy = m_world.managerOf(location).id;
    return row;
}

void DemoTasks::writeOverdue(int location, const std::vector<const DemoPerson *> &team)
{
    // Due one to five hours ago and not done; the store that runs behind has a few more.
    const int extra = int(team.size()) / 15;
    const int count = (location == m_world.overdueLocation ? m_random.between(3, 5) : m_random.between(1, 2)) + extra;
    for (int i = 0; i < count; ++i) {
        DemoTaskRow row = todaysManualTask(location, team, -1, 65, 295);
        row.createdAt = row.dueAt.addSecs(-m_random.between(2, 20) * kHour);
        const bool started = m_random.chance(0.5);
        if (started && row.assignee->today != DemoToday::Late) { // nobody starts a task before clocking in
            row.status = u"in_progress"_s;
            row.updatedAt = row.dueAt.addSecs(-m_random.between(10, 60) * kMinute);
        }
        const QString id = m_writer.task(row);
        m_notifications.send(*row.assignee, u"task_overdue"_s, u"Overdue: %1"_s.arg(row.title),
                             u"This was due at %1."_s.arg(m_timeline.wallClock(row.dueAt)), u"taskId"_s, id,
                             row.dueAt.addSecs(15 * kMinute));
    }
}

void DemoTasks::writeDueSoon(int location, const std::vector<const DemoPerson *> &team)
{
    const int count = m_random.between(1, 3) + int(team.size()) / 15;
    for (int i = 0; i < count; ++i) {
        DemoTaskRow row = todaysManualTask(location, team, 1, 65, 180); // due one to three hours from now
        row.createdAt = m_timeline.now().addSecs(-m_random.between(30, 300) * kMinute);
        if (m_random.chance(0.3))
            row.status = u"in_progress"_s;
        const QString id = m_writer.task(row);
        const QDateTime readAt = m_random.chance(0.5) ? row.createdAt.addSecs(10 * kMinute) : QDateTime();
        m_notifications.send(*row.assignee, u"task_assigned"_s, u"New task: %1"_s.arg(row.title),
                             u"Due at %1."_s.arg(m_timeline.wallClock(row.dueAt)), u"taskId"_s, id, row.createdAt,
                             readAt);
    }
}

void DemoTasks::writeDoneToday(int location)
{
    const std::vector<DemoPresence> &present = m_world.presenceAt(location, 0);
    if (present.empty())
        return;
    const int count = m_random.between(2, 3) + int(present.size()) / 10;
    for (int i = 0; i < count; ++i) {
        const DemoPresence &by = present[std::size_t(m_random.between(0, int(present.size()) - 1))];
        const DemoCatalog::ManualTask &job = m_random.pick(DemoCatalog::manualTasks());
        QDateTime doneAt = m_timeline.now().addSecs(-m_random.between(10, 240) * kMinute);
        if (doneAt < by.from.addSecs(10 * kMinute) || doneAt > by.until)
            doneAt = by.from.addSecs(by.from.secsTo(by.until) / 2); // within their time at the store
        DemoTaskRow row;
        row.title = job.title;
        row.description = job.description;
        row.assignee = &m_world.people[std::size_t(by.person)];
        row.priority = pickPriority();
        row.dueAt = doneAt.addSecs(m_random.between(-45, 120) * kMinute);
        row.photoRequired = job.photoRequired;
        row.createdBy = m_world.managerOf(location).id;
        row.createdAt = std::min(row.dueAt, doneAt).addSecs(-m_random.between(1, 6) * kHour);
        row.status = u"completed"_s;
        row.updatedAt = doneAt;
        const QString id = m_writer.task(row);
        m_writer.completion(id, *row.assignee, doneAt,
                            m_random.chance(0.3) ? m_random.pick(DemoCatalog::completionNotes()) : QString());
    }
}

void DemoTasks::writeClosingToday(int location, const Templates &templates, const std::vector<const DemoPerson *> &team)
{
    // Tonight's closing checklist, for someone still on the floor (or about to be); skipped once the store closed.
    const DemoLocation &store = m_world.locations[std::size_t(location)];
    const int dayOfWeek = m_timeline.dayOfWeek(0);
    if (!store.isOpen(dayOfWeek))
        return;
    DemoTaskRow row;
    row.id = m_random.uuid(); // drawn even when not written, so that later ids do not depend on the time of day
    row.templateId = templates.closing;
    row.title = u"Closing checklist"_s;
    row.priority = u"high"_s;
    row.dueAt = m_timeline.at(0, store.closesAt[std::size_t(dayOfWeek)] + 15);
    row.notesRequired = true;
    row.source = u"recurring"_s;
    row.createdBy = m_world.managerOf(location).id;
    row.createdAt = m_timeline.at(0, 5);
    row.assignee = team[std::size_t(m_random.between(0, int(team.size()) - 1))];
    if (row.dueAt > m_timeline.now().addSecs(15 * kMinute))
        m_writer.task(row);
}
