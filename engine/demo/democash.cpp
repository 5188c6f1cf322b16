#include "demo/democash.h"

#include "demo/democatalog.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kNotifiedDays = 14; // older purchase decisions were notified too, but nobody keeps those

double dollars(qint64 cents)
{
    return double(cents) / 100.0;
}

const std::vector<QString> &streets()
{
    static const std::vector<QString> names{u"Elm St"_s,     u"Oak Ave"_s, u"Maple Dr"_s,     u"Cedar Ln"_s,
                                            u"Walnut Ave"_s, u"Pine St"_s, u"Lincoln Blvd"_s, u"Park Ave"_s};
    return names;
}

} // namespace

DemoCash::DemoCash(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_timeline(timeline), m_random(random), m_tables(tables), m_tasks(world, random, tables),
      m_notifications(random, tables)
{}

void DemoCash::generate()
{
    bool first = true;
    for (const int index : m_world.purchasers) {
        const DemoPerson &purchaser = m_world.people[std::size_t(index)];
        writeHistory(purchaser);
        if (purchaser.isActive()) {
            writeToday(purchaser, first);
            first = false;
        }
    }
}

QString DemoCash::nearbyAddress(const DemoLocation &store)
{
    const QString city = store.address.section(u',', 1).trimmed();
    return u"%1 %2, %3"_s.arg(m_random.between(100, 4999)).arg(m_random.pick(streets()), city);
}

// ---- history ---------------------------------------------------------------------------------------------------

void DemoCash::writeHistory(const DemoPerson &purchaser)
{
    // Requests the manager approved wait for the next ATM withdrawal to be paid for.
    std::vector<Approved> approved;
    for (int day = -m_world.scale.historyDays; day < 0; ++day) {
        const QDate date = m_timeline.date(day);
        const double requestDraw = m_random.unit();
        const double withdrawalDraw = m_random.unit();
        if (!purchaser.employedOn(date) || !purchaser.worksOn[std::size_t(m_timeline.dayOfWeek(day))])
            continue;
        if (withdrawalDraw < 0.25)
            writeWithdrawal(purchaser, m_timeline.at(day, m_random.between(8 * 60 + 30, 11 * 60)), approved);
        if (requestDraw < 0.45)
            writeRequest(purchaser, day, approved);
    }
}

void DemoCash::writeRequest(const DemoPerson &purchaser, int day, std::vector<Approved> &approved)
{
    const DemoCatalog::Item &item = m_random.pick(DemoCatalog::items());
    const qint64 cents = qint64(m_random.amount(item.lowPrice, item.highPrice, 5.0) * 100.0 + 0.5);
    const QDateTime created = m_timeline.at(day, m_random.between(10 * 60, 17 * 60));
    const QDateTime decided =
        std::min(created.addSecs(m_random.between(10, 480) * kMinute), m_timeline.now().addSecs(-kMinute));
    const std::vector<int> &managers = m_world.managersAt[std::size_t(purchaser.location)];
    const DemoPerson &manager =
        m_world.people[std::size_t(managers[std::size_t(m_random.between(0, int(managers.size()) - 1))])];
    const bool isApproved = m_random.chance(0.7);
    const bool withNote = m_random.chance(0.6);
    const QString &note = m_random.pick(isApproved ? DemoCatalog::approvalNotes() : DemoCatalog::denialNotes());
    const bool needsPickup = isApproved && m_random.chance(0.5);
    const QString id = m_random.uuid();
    // The pickup task comes first: the request points at it.
    const QString taskId = needsPickup ? writePickupTask(purchaser, id, item.description, decided) : QString();

    writeRequestRow({id, taskId, &purchaser, item.description, cents, isApproved ? u"approved"_s : u"denied"_s,
                     manager.id, decided, withNote ? note : QString(), created});
    if (isApproved)
        approved.push_back({id, cents, item.description, decided});
    if (day >= -kNotifiedDays) {
        m_notifications.send(
            purchaser, u"purchase_decision"_s, isApproved ? u"Purchase approved"_s : u"Purchase denied"_s,
            u"%1 ($%2)"_s.arg(item.description).arg(dollars(cents), 0, 'f', 2), u"purchaseRequestId"_s, id, decided,
            std::min(decided.addSecs(m_random.between(5, 120) * kMinute), m_timeline.now()));
    }
}

QString DemoCash::writePickupTask(const DemoPerson &purchaser, const QString &requestId, const QString &item,
                                  const QDateTime &decidedAt)
{
    DemoTaskRow row;
    row.title = u"Pick up: %1"_s.arg(item);
    row.description = u"Approved purchase; bring the receipt back to the store."_s;
    row.assignee = &purchaser;
    row.dueAt = decidedAt.addSecs(kDay);
    row.source = u"purchase_approval"_s;
    row.linkedEventId = requestId;
    row.createdAt = decidedAt;
    row.status = u"completed"_s;
    const QDateTime done =
        std::min(decidedAt.addSecs(m_random.between(1, 30) * kHour), m_timeline.now().addSecs(-kMinute));
    row.updatedAt = done;
    const QString taskId = m_tasks.task(row);
    m_tasks.completion(taskId, purchaser, done, {});
    return taskId;
}

void DemoCash::writeWithdrawal(const DemoPerson &purchaser, const QDateTime &at, std::vector<Approved> &approved)
{
    // Cash covers the approved purchases waiting for it, then odds and ends bought on the spot.
    qint64 cents = qint64(m_random.between(5, 30)) * 2000;
    std::vector<Approved> covered;
    qint64 needed = 0;
    for (const Approved &request : approved) {
        if (request.decidedAt < at && needed + request.cents <= 60000) {
            covered.push_back(request);
            needed += request.cents;
        }
    }
    cents = std::max(cents, ((needed + 1999) / 2000) * 2000); // ATMs give twenties
    approved.erase(std::remove_if(approved.begin(), approved.end(),
                                  [&at](const Approved &request) { return request.decidedAt < at; }),
                   approved.end()); // anything not covered was paid some other way
    const bool hasReceipt = m_random.chance(0.7);
    const QString id =
        writeWithdrawalRow(purchaser, at, cents, u"fully_spent"_s, hasReceipt ? QString() : u"Lost the ATM receipt"_s);
    const QDateTime allocatedAt = std::min(at.addSecs(m_random.between(1, 48) * kHour), m_timeline.now());
    for (const Approved &request : covered)
        writeAllocation(id, request.cents, request.description, request.id, allocatedAt);
    if (cents > needed)
        writeAllocation(id, cents - needed, m_random.pick(DemoCatalog::items()).description, {}, allocatedAt);
}

// ---- today -----------------------------------------------------------------------------------------------------

void DemoCash::writeToday(const DemoPerson &purchaser, bool first)
{
    writePending(purchaser, first);
    // Cash withdrawn three to six days ago and still not accounted for.
    if (first || m_random.chance(0.35)) {
        const QDateTime at = m_timeline.now().addSecs(-3 * kDay - m_random.between(1, 72) * kHour);
        writeWithdrawalRow(purchaser, at, qint64(m_random.between(5, 25)) * 2000, u"unassigned"_s, {});
    }
    // Withdrawn yesterday and partly spent so far: not yet a problem.
    if (m_random.chance(0.3)) {
        const QDateTime at = m_timeline.now().addSecs(-m_random.between(20, 40) * kHour);
        const qint64 cents = qint64(m_random.between(10, 25)) * 2000;
        const QString id = writeWithdrawalRow(purchaser, at, cents, u"partially_assigned"_s, {});
        writeAllocation(id, cents / 2, m_random.pick(DemoCatalog::items()).description, {}, at.addSecs(2 * kHour));
    }
}

void DemoCash::writePending(const DemoPerson &purchaser, bool atLeastOne)
{
    const int count = m_random.between(atLeastOne ? 1 : 0, 2);
    for (int i = 0; i < count; ++i) {
        const DemoCatalog::Item &item = m_random.pick(DemoCatalog::items());
        const qint64 cents = qint64(m_random.amount(item.lowPrice, item.highPrice, 5.0) * 100.0 + 0.5);
        const QDateTime created = m_timeline.now().addSecs(-m_random.between(20, 600) * kMinute);
        const QString id = m_random.uuid();
        writeRequestRow({id, {}, &purchaser, item.description, cents, u"pending"_s, {}, {}, {}, created});
    }
}

// ---- rows ------------------------------------------------------------------------------------------------------

// Where and from whom is drawn here, so every request gets a seller and a spot near its store the same way.
void DemoCash::writeRequestRow(const RequestRow &request)
{
    const DemoLocation &store = m_world.locations[std::size_t(request.purchaser->location)];
    m_tables.purchaseRequests.row()
        .text(request.id)
        .textOrNull(request.taskId)
        .text(request.purchaser->id)
        .text(request.description)
        .decimal(dollars(request.cents), 2)
        .text(m_random.pick(DemoCatalog::sellers()))
        .decimal(store.lat + (m_random.unit() - 0.5) * 0.1, 7)
        .decimal(store.lng + (m_random.unit() - 0.5) * 0.1, 7)
        .text(nearbyAddress(store))
        .text(request.status)
        .textOrNull(request.decidedBy)
        .timestampOrNull(request.decidedAt)
        .textOrNull(request.decisionNotes)
        .timestamp(request.createdAt);
}

QString DemoCash::writeWithdrawalRow(const DemoPerson &purchaser, const QDateTime &at, qint64 cents,
                                     const QString &status, const QString &notes)
{
    const DemoLocation &store = m_world.locations[std::size_t(purchaser.location)];
    const QString id = m_random.uuid();
    const bool photographed = notes.isEmpty();
    m_tables.atmWithdrawals.row()
        .text(id)
        .text(purchaser.id)
        .decimal(dollars(cents), 2)
        .timestamp(at)
        .decimal(store.lat + (m_random.unit() - 0.5) * 0.02, 7)
        .decimal(store.lng + (m_random.unit() - 0.5) * 0.02, 7)
        .text(QString(u"Bank ATM, "_s + nearbyAddress(store)))
        .textOrNull(photographed ? u"receipts/%1.jpg"_s.arg(id) : QString())
        .text(status)
        .textOrNull(notes)
        .timestamp(at)
        .timestamp(at);
    return id;
}

void DemoCash::writeAllocation(const QString &withdrawalId, qint64 cents, const QString &description,
                               const QString &requestId, const QDateTime &at)
{
    m_tables.withdrawalAllocations.row()
        .text(m_random.uuid())
        .text(withdrawalId)
        .decimal(dollars(cents), 2)
        .text(description)
        .textOrNull(requestId)
        .timestamp(at);
}
