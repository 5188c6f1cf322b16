#include "demo/demoattendance.h"

#include "demo/democatalog.h"
#include "demo/demonotifications.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFriday = 5; // TeamTime's day_of_week
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

DemoAttendance::DemoAttendance(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_timeline(timeline), m_random(random), m_tables(tables), m_notifications(random, tables)
{}

void DemoAttendance::generate()
{
    m_world.presence.assign(std::size_t(m_world.scale.historyDays + 1) * m_world.locations.size(), {});
    castToday();
    for (int day = -m_world.scale.historyDays; day < 0; ++day)
        writeHistoryDay(day);
    for (std::size_t i = 0; i < m_world.people.size(); ++i) {
        if (m_today[i])
            writeToday(int(i), *m_today[i]);
    }
    for (int day = 1; day <= m_world.scale.upcomingDays; ++day)
        writeUpcomingDay(day);
}

// ---- today ---------------------------------------------------------------------------------------------------

void DemoAttendance::castToday()
{
    m_today.assign(m_world.people.size(), std::nullopt);
    std::vector<std::vector<int>> staffAt(m_world.locations.size());
    for (std::size_t i = 0; i < m_world.people.size(); ++i) {
        DemoPerson &person = m_world.people[i];
        if (!person.worksShifts() || !person.employedOn(m_timeline.today()))
            continue;
        if (person.role == DemoRole::Staff)
            staffAt[std::size_t(person.location)].push_back(int(i));
        else
            person.today = m_random.chance(0.5) ? DemoToday::OnShift : DemoToday::Off;
    }
    for (std::size_t location = 0; location < staffAt.size(); ++location)
        castLocation(int(location), staffAt[location]);
    for (std::size_t i = 0; i < m_world.people.size(); ++i) {
        DemoPerson &person = m_world.people[i];
        if (person.today != DemoToday::NotScheduled && person.today != DemoToday::Off)
            m_today[i] = planToday(person);
    }
}

void DemoAttendance::castLocation(int location, const std::vector<int> &staff)
{
    // Every store shows the scenario's exceptions, alternating so that the small demo has exactly one of each:
    // even stores have someone late and someone on a long shift, odd stores someone who already went home.
    std::vector<DemoToday> exceptions;
    if (location % 2 == 0)
        exceptions = {DemoToday::Late, DemoToday::LongShift};
    else
        exceptions = {DemoToday::ClockedOut};
    const int todayOfWeek = m_timeline.dayOfWeek(0);
    for (const int index : staff) {
        DemoPerson &person = m_world.people[std::size_t(index)];
        const bool usuallyWorks = person.worksOn[std::size_t(todayOfWeek)];
        const double draw = m_random.unit();
        if (person.lateOnFridays || person.leavesEarly) {
            person.today = usuallyWorks ? DemoToday::OnShift : DemoToday::Off;
        } else if (!exceptions.empty()) {
            person.today = exceptions.front();
            exceptions.erase(exceptions.begin());
        } else if (!usuallyWorks) {
            person.today = DemoToday::Off;
        } else {
            person.today = draw < 0.85 ? DemoToday::OnShift : DemoToday::Upcoming;
        }
    }
}

DemoAttendance::TodayPlan DemoAttendance::planToday(const DemoPerson &person)
{
    // Today's shifts are placed relative to now, not to opening hours, so the scenario holds at any time of day.
    TodayPlan plan;
    const int todayOfWeek = m_timeline.dayOfWeek(0);
    switch (person.today) {
    case DemoToday::Late: // started 25-29 minutes ago, no punch
        plan.shift.start = m_timeline.roundedFromNow(-25, 5);
        plan.shift.end = plan.shift.start.addSecs(8 * kHour);
        break;
    case DemoToday::LongShift: // in for ~9.5 hours of a 10-hour shift
        plan.shift.start = m_timeline.roundedFromNow(-(9 * 60 + 30), 5);
        plan.shift.end = plan.shift.start.addSecs(10 * kHour);
        plan.clockIn = plan.shift.start.addSecs(m_random.between(-5 * 60, 60));
        break;
    case DemoToday::ClockedOut: // an early five-hour shift that ended about two hours ago
        plan.shift.start = m_timeline.roundedFromNow(-7 * 60, 15);
        plan.shift.end = plan.shift.start.addSecs(5 * kHour);
        plan.clockIn = plan.shift.start.addSecs(m_random.between(-6 * 60, 2 * 60));
        plan.clockOut = plan.shift.end.addSecs(m_random.between(-3 * 60, 6 * 60));
        break;
    case DemoToday::Upcoming:
        plan.shift.start = m_timeline.roundedFromNow(m_random.between(75, 180), 15);
        plan.shift.end = plan.shift.start.addSecs(6 * kHour);
        break;
    default: // on shift for the last one to six hours
        plan.shift.start = m_timeline.roundedFromNow(-m_random.between(60, 360), 15);
        plan.shift.end = plan.shift.start.addSecs((m_random.chance(0.7) ? 8 : 6) * kHour);
        plan.clockIn = plan.shift.start.addSecs(clockInOffsetSecs(person, todayOfWeek));
        break;
    }
    return plan;
}

void DemoAttendance::writeToday(int personIndex, const TodayPlan &plan)
{
    const DemoPerson &person = m_world.people[std::size_t(personIndex)];
    const QString shiftId = writeShift(person, plan.shift);
    if (person.today == DemoToday::Upcoming)
        writeShiftReminder(person, plan.shift.start);
    if (!plan.clockIn.isValid())
        return;
    writeEntry(person, shiftId, plan.clockIn, plan.clockOut);
    const QDateTime until = plan.clockOut.isValid() ? plan.clockOut : m_timeline.now();
    m_world.presenceAt(person.location, 0).push_back({personIndex, plan.clockIn, until});
}

void DemoAttendance::writeShiftReminder(const DemoPerson &person, const QDateTime &start)
{
    const QString location = m_world.locations[std::size_t(person.location)].name;
    const QDateTime sent = m_timeline.now().addSecs(-m_random.between(10, 50) * kMinute);
    m_notifications.send(person, u"shift_reminder"_s, u"Shift today at %1"_s.arg(m_timeline.wallClock(start)),
                         u"You're scheduled at %1 from %2 to %3."_s.arg(location, m_timeline.wallClock(start),
                                                                        m_timeline.wallClock(start.addSecs(6 * kHour))),
                         {}, {}, sent);
}

// ---- history and schedule ----------------------------------------------------------------------------------

std::optional<DemoAttendance::Shift> DemoAttendance::scheduledShift(const DemoPerson &person, int day)
{
    // Every draw happens whatever the outcome, so that a person's row ids do not depend on the others' weeks.
    const int dayOfWeek = m_timeline.dayOfWeek(day);
    const DemoLocation &location = m_world.locations[std::size_t(person.location)];
    const bool usuallyWorks = person.worksOn[std::size_t(dayOfWeek)];
    const double swap = m_random.unit();      // sick days, swaps and extra shifts
    const double variation = m_random.unit(); // opening prep, short shifts
    const double withNotes = m_random.unit();
    const QString &notes = m_random.pick(DemoCatalog::shiftNotes());
    const bool works = usuallyWorks ? swap >= 0.05 : swap < 0.03;
    if (!works || !location.isOpen(dayOfWeek))
        return std::nullopt;

    int from = location.opensAt[std::size_t(dayOfWeek)];
    int to = location.closesAt[std::size_t(dayOfWeek)];
    if (variation < 0.15)
        to = from + 5 * 60; // morning half
    else if (variation < 0.30)
        from = to - 5 * 60; // afternoon half
    else if (variation < 0.38)
        from -= 30; // opening prep
    Shift shift{m_timeline.at(day, from), m_timeline.at(day, to), withNotes < 0.03 ? notes : QString()};
    return shift;
}

int DemoAttendance::clockInOffsetSecs(const DemoPerson &person, int dayOfWeek)
{
    const double draw = m_random.unit();
    if (person.lateOnFridays && dayOfWeek == kFriday && draw < 0.85)
        return m_random.between(15 * 60, 40 * 60);
    if (draw > 0.96 && !person.lateOnFridays) // anyone else is a little late now and then
        return m_random.between(5 * 60, 15 * 60);
    return m_random.between(-7 * 60, 2 * 60);
}

QDateTime DemoAttendance::clockOutFor(const DemoPerson &person, const QDateTime &shiftEnd)
{
    const double draw = m_random.unit();
    if (person.leavesEarly && draw < 0.6)
        return shiftEnd.addSecs(-m_random.between(30 * 60, 90 * 60));
    return shiftEnd.addSecs(m_random.between(-3 * 60, 9 * 60));
}

void DemoAttendance::writeHistoryDay(int day)
{
    const QDate date = m_timeline.date(day);
    const int dayOfWeek = m_timeline.dayOfWeek(day);
    for (std::size_t i = 0; i < m_world.people.size(); ++i) {
        const DemoPerson &person = m_world.people[i];
        if (!person.worksShifts() || !person.employedOn(date))
            continue;
        const std::optional<Shift> shift = scheduledShift(person, day);
        if (!shift)
            continue;
        const int inOffset = clockInOffsetSecs(person, dayOfWeek);
        const QDateTime clockOut = clockOutFor(person, shift->end);
        const double punch = m_random.unit();
        // Late-night "now": a shift yesterday evening must end well before today's starts.
        if (m_today[i] && shift->end.secsTo(m_today[i]->shift.start) < kHour)
            continue;
        const QString shiftId = writeShift(person, *shift);
        if (punch < 0.012)
            continue; // a no-show: scheduled, never clocked in
        const QDateTime clockIn = shift->start.addSecs(inOffset);
        if (punch > 0.99) {
            // Forgot to clock out; the manager closed the entry at the scheduled end the next morning.
            writeEntry(person, shiftId, clockIn, shift->end, u"Forgot to clock out, corrected to shift end"_s,
                       m_world.managerOf(person.location).id);
            m_world.presenceAt(person.location, day).push_back({int(i), clockIn, shift->end});
            continue;
        }
        writeEntry(person, shiftId, clockIn, clockOut);
        m_world.presenceAt(person.location, day).push_back({int(i), clockIn, clockOut});
    }
}

void DemoAttendance::writeUpcomingDay(int day)
{
    const QDate date = m_timeline.date(day);
    for (const DemoPerson &person : m_world.people) {
        if (!person.worksShifts() || !person.employedOn(date))
            continue;
        if (const std::optional<Shift> shift = scheduledShift(person, day))
            writeShift(person, *shift);
    }
}

// ---- rows ------------------------------------------------------------------------------------------------------

QString DemoAttendance::writeShift(const DemoPerson &person, const Shift &shift)
{
    // Schedules go up one to two weeks ahead, but never "in the future" relative to now.
    QDateTime created = shift.start.addSecs(-m_random.between(3, 14) * kDay - m_random.between(0, 8) * kHour);
    if (created > m_timeline.now())
        created = m_timeline.now().addSecs(-kDay);
    const QString id = m_random.uuid();
    m_tables.shifts.row()
        .text(id)
        .text(person.id)
        .text(m_world.locations[std::size_t(person.location)].id)
        .timestamp(shift.start)
        .timestamp(shift.end)
        .textOrNull(shift.notes)
        .text(m_world.managerOf(person.location).id)
        .timestamp(created)
        .timestamp(created);
    return id;
}

double DemoAttendance::jitter()
{
    return (m_random.unit() - 0.5) * 0.0006; // a phone's GPS in and around the store
}

void DemoAttendance::writeEntry(const DemoPerson &person, const QString &shiftId, const QDateTime &clockIn,
                                const QDateTime &clockOut, const QString &notes, const QString &correctedBy)
{
    const DemoLocation &location = m_world.locations[std::size_t(person.location)];
    SqlBatchInserter &row = m_tables.timeEntries.row()
                                .text(m_random.uuid())
                                .text(person.id)
                                .text(shiftId)
                                .timestamp(clockIn)
                                .decimal(location.lat + jitter(), 7)
                                .decimal(location.lng + jitter(), 7)
                                .text(location.address);
    if (clockOut.isValid())
        row.timestamp(clockOut)
            .decimal(location.lat + jitter(), 7)
            .decimal(location.lng + jitter(), 7)
            .text(location.address);
    else
        row.null().null().null().null();
    QDateTime updated = clockOut.isValid() ? clockOut : clockIn;
    if (!correctedBy.isEmpty())
        updated = std::min(clockOut.addSecs(15 * kHour), m_timeline.now()); // fixed the next morning
    row.textOrNull(notes).timestamp(clockIn).timestamp(updated);
    if (correctedBy.isEmpty())
        row.null();
    else
        row.text(correctedBy);
}
