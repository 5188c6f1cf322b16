#include "demo/demopeople.h"

#include "auth/passwordhash.h"
#include "demo/demonames.h"
#include "demo/demooptions.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString roleName(DemoRole role)
{
    switch (role) {
    case DemoRole::Admin:
        return u"admin"_s;
    case DemoRole::Manager:
        return u"manager"_s;
    case DemoRole::Purchaser:
        return u"purchaser"_s;
    case DemoRole::Staff:
        return u"staff"_s;
    }
    return u"staff"_s;
}

QString clockText(int minuteOfDay)
{
    return u"%1:%2"_s.arg(minuteOfDay / 60, 2, 10, QChar(u'0')).arg(minuteOfDay % 60, 2, 10, QChar(u'0'));
}

// For addresses and logins: "O'Brien" -> "obrien".
QString asciiLower(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

// Four weekly patterns of opening hours, so that the large chain is not one store copied 36 times.
void setHours(DemoLocation &location, int pattern)
{
    for (int day = 0; day < 7; ++day) {
        location.opensAt[std::size_t(day)] = 10 * 60;
        location.closesAt[std::size_t(day)] = 18 * 60;
    }
    switch (pattern) {
    case 0: // Old Town: shorter Sundays
        location.opensAt[0] = 11 * 60;
        location.closesAt[0] = 17 * 60;
        break;
    case 1: // Harbor: tourists on Friday and Saturday evenings
        location.closesAt[5] = 19 * 60;
        location.closesAt[6] = 19 * 60;
        break;
    case 2: // closed on Mondays
        location.opensAt[1] = -1;
        location.closesAt[1] = -1;
        break;
    default: // early opener
        for (int day = 1; day < 7; ++day) {
            location.opensAt[std::size_t(day)] = 9 * 60 + 30;
            location.closesAt[std::size_t(day)] = 17 * 60 + 30;
        }
        location.opensAt[0] = 11 * 60;
        location.closesAt[0] = 16 * 60;
        break;
    }
}

} // namespace

DemoPeople::DemoPeople(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_timeline(timeline), m_random(random), m_tables(tables)
{}

void DemoPeople::generate()
{
    for (int i = 0; i < m_world.scale.locations; ++i)
        addLocation(i);
    addPeople();
    giveHabits();
    letSomeoneGo(m_world.scale.leavers);
    for (const DemoPerson &person : m_world.people)
        writeUser(person);
}

void DemoPeople::addLocation(int index)
{
    const auto &towns = DemoNames::towns();
    const auto &kinds = DemoNames::storeKinds();
    const int townCount = int(towns.size());
    const DemoNames::Town &town = towns[std::size_t(index % townCount)];
    const bool secondInTown = index >= townCount;

    DemoLocation location;
    location.id = m_random.uuid();
    location.name = town.name + u' ' + kinds[std::size_t((index + index / townCount) % int(kinds.size()))];
    QString street = town.street;
    if (secondInTown)
        street.replace(street.indexOf(u','), 1, u" Suite B,"_s);
    location.address = street + u' ' + town.zip;
    location.areaCode = town.areaCode;
    location.lat = town.lat + (secondInTown ? 0.0042 : 0.0);
    location.lng = town.lng + (secondInTown ? -0.0037 : 0.0);
    setHours(location, index % 4);

    const QDateTime opened = m_timeline.at(-m_world.scale.historyDays - 1500 - m_random.between(0, 300), 9 * 60);
    m_tables.locations.row()
        .text(location.id)
        .text(location.name)
        .text(location.address)
        .decimal(location.lat, 7)
        .decimal(location.lng, 7)
        .boolean(true)
        .timestamp(opened)
        .timestamp(opened);
    writeStoreHours(location);
    m_world.locations.push_back(std::move(location));
    m_world.managersAt.emplace_back();
}

void DemoPeople::writeStoreHours(const DemoLocation &location)
{
    const QDateTime created = m_timeline.at(-m_world.scale.historyDays - 1400, 9 * 60);
    for (int day = 0; day < 7; ++day) {
        SqlBatchInserter &row = m_tables.storeHours.row().text(m_random.uuid()).text(location.id).integer(day);
        if (location.isOpen(day))
            row.text(clockText(location.opensAt[std::size_t(day)]))
                .text(clockText(location.closesAt[std::size_t(day)]))
                .boolean(false);
        else
            row.null().null().boolean(true);
        row.timestamp(created).timestamp(created);
    }
}

void DemoPeople::addPeople()
{
    const DemoScale &scale = m_world.scale;
    for (int i = 0; i < scale.admins; ++i)
        addPerson(DemoRole::Admin, i % scale.locations);
    for (int location = 0; location < scale.locations; ++location) {
        for (int i = 0; i < scale.managersPerLocation; ++i)
            addPerson(DemoRole::Manager, location);
    }
    for (int i = 0; i < scale.purchasers; ++i)
        addPerson(DemoRole::Purchaser, i % scale.locations);
    const int staff = scale.people - int(m_world.people.size());
    for (int i = 0; i < staff; ++i)
        addPerson(DemoRole::Staff, i % scale.locations);
}

void DemoPeople::addPerson(DemoRole role, int location)
{
    const DemoScale &scale = m_world.scale;
    DemoPerson person;
    person.id = m_random.uuid();
    person.name = uniqueName();
    person.role = role;
    person.location = location;
    if (role == DemoRole::Staff)
        person.hourlyRate = m_random.amount(17.0, 24.0, 0.25);
    else if (role == DemoRole::Purchaser)
        person.hourlyRate = m_random.amount(21.0, 27.0, 0.5);
    person.worksOn = usualWeek(role);
    const QDate historyStart = m_timeline.date(-scale.historyDays);
    const bool newHire = person.worksShifts() && m_random.chance(scale.hiredDuringHistory);
    person.hiredOn = newHire ? m_timeline.date(-m_random.between(30, scale.historyDays))
                             : historyStart.addDays(-m_random.between(14, 1200));

    const int index = int(m_world.people.size());
    if (role == DemoRole::Admin)
        m_world.admins.push_back(index);
    else if (role == DemoRole::Manager)
        m_world.managersAt[std::size_t(location)].push_back(index);
    else if (role == DemoRole::Purchaser)
        m_world.purchasers.push_back(index);
    m_world.people.push_back(std::move(person));
}

std::array<bool, 7> DemoPeople::usualWeek(DemoRole role)
{
    // Staff work five days a week, purchasers four (they spend the rest out buying).
    std::array<bool, 7> week{};
    week.fill(true);
    const int daysOff = role == DemoRole::Purchaser ? 3 : 2;
    const int firstOff = m_random.between(0, 6);
    const bool together = m_random.chance(0.6); // most people get their days off back to back
    for (int i = 0; i < daysOff; ++i)
        week[std::size_t((firstOff + (together ? i : i * 3)) % 7)] = false;
    return week;
}

void DemoPeople::giveHabits()
{
    const QDate historyStart = m_timeline.date(-m_world.scale.historyDays);
    const int earlyLocation = m_world.scale.locations > 1 ? 1 : 0;
    m_world.overdueLocation = earlyLocation;
    bool lateGiven = false;
    bool earlyGiven = false;
    for (DemoPerson &person : m_world.people) {
        if (person.role != DemoRole::Staff)
            continue;
        if (!lateGiven && person.location == 0) {
            lateGiven = true;
            person.lateOnFridays = true;
            person.worksOn = {false, true, true, true, true, true, false}; // Monday to Friday, every Friday
            person.hiredOn = std::min(person.hiredOn, historyStart.addDays(-90));
        } else if (!earlyGiven && person.location == earlyLocation) {
            earlyGiven = true;
            person.leavesEarly = true;
            person.hiredOn = std::min(person.hiredOn, historyStart.addDays(-90));
        }
    }
}

void DemoPeople::letSomeoneGo(int leavers)
{
    // Leavers are staff without a habit the history should show; they stay in the database, inactive, with their
    // past shifts, as TeamTime keeps them.
    const int historyDays = m_world.scale.historyDays;
    for (int attempts = 0; leavers > 0 && attempts < leavers * 20; ++attempts) {
        DemoPerson &person = m_world.people[std::size_t(m_random.between(0, int(m_world.people.size()) - 1))];
        if (person.role != DemoRole::Staff || person.lateOnFridays || person.leavesEarly || !person.isActive())
            continue;
        person.leftOn = m_timeline.date(-m_random.between(14, std::max(20, historyDays - 30)));
        person.hiredOn = std::min(person.hiredOn, person.leftOn.addDays(-60));
        --leavers;
    }
}

QString DemoPeople::uniqueName()
{
    QString name;
    for (int attempt = 0; attempt < 12; ++attempt) {
        name = m_random.pick(DemoNames::firstNames()) + u' ' + m_random.pick(DemoNames::lastNames());
        if (!m_names.contains(name))
            break;
    }
    m_names.insert(name); // a large chain may have two people of the same name; logins stay unique
    return name;
}

QString DemoPeople::claim(QSet<QString> &taken, const QString &wanted, const QString &suffix)
{
    QString candidate = wanted + suffix;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = wanted + QString::number(n) + suffix;
    taken.insert(candidate);
    return candidate;
}

void DemoPeople::writeUser(const DemoPerson &person)
{
    const QString first = asciiLower(person.name.section(u' ', 0, 0));
    const QString last = asciiLower(person.name.section(u' ', 1));
    const QString email = claim(m_emails, first + u'.' + last, u"@example.com"_s);
    const QString username = claim(m_usernames, first.left(1) + last);
    const QString areaCode = m_world.locations[std::size_t(person.location)].areaCode;
    const QString phone = u"(%1) 555-01%2"_s.arg(areaCode).arg(m_random.between(0, 99), 2, 10, QChar(u'0'));
    // PIN-only logins are common for floor staff; everyone else also has a password.
    const bool hasPassword = person.role != DemoRole::Staff || m_random.chance(0.3);
    const bool administers = person.role == DemoRole::Admin || person.role == DemoRole::Manager;
    const QDateTime created = m_timeline.at(person.hiredOn, 9 * 60 + m_random.between(0, 480));
    const QDateTime updated = person.isActive() ? created : m_timeline.at(person.leftOn, 17 * 60);

    SqlBatchInserter &row =
        m_tables.users.row().text(person.id).text(email).text(username).text(m_random.argon2idHash());
    if (hasPassword) {
        const QString unusable = m_random.argon2idHash(); // drawn for everyone, so the data stays the same per seed
        // Admins and managers get the documented demo password (one real hash, computed once per build).
        if (administers) {
            if (m_managerHash.isEmpty())
                m_managerHash = PasswordHash::hash(QString::fromLatin1(DemoOptions::kManagerPassword),
                                                   QByteArrayLiteral("mentats-demo-slt"));
            row.text(m_managerHash);
        } else {
            row.text(unusable);
        }
    } else {
        row.null();
    }
    row.text(roleName(person.role)).text(person.name).text(phone);
    if (person.hourlyRate > 0)
        row.decimal(person.hourlyRate, 2);
    else
        row.null();
    row.boolean(administers).boolean(person.isActive()).timestamp(created).timestamp(updated);
}
