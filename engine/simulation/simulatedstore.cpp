#include "simulation/simulatedstore.h"

#include "cluster/pgcluster.h"
#include "config/agentsettingsstore.h"
#include "core/businesscalendar.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "demo/demopeople.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"
#include "demo/teamtimebaseline.h"
#include "migrations/migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Stream : quint64
{
    People = 101,
    Profiles,
    Shifts
};

QString connectionName(const QString &purpose)
{
    static QAtomicInt serial;
    return u"mentats-sim-%1-%2"_s.arg(purpose).arg(serial.fetchAndAddRelaxed(1));
}

DemoScale scaleFor(const SimulationOptions &options)
{
    DemoScale scale;
    scale.locations = options.locationCount();
    scale.admins = 1;
    scale.managersPerLocation = 1;
    // Purchasers work shifts too: about one in twelve of the floor, at least one.
    scale.purchasers = std::max(1, options.staffCount() / 12);
    scale.people = options.staffCount() + scale.admins + scale.locations * scale.managersPerLocation;
    scale.historyDays = 56; // only for hiring dates: everyone employed was hired before the first day
    scale.upcomingDays = 0;
    scale.leavers = 1; // one inactive user, whom nobody may message
    scale.hiredDuringHistory = 0.0;
    return scale;
}

} // namespace

SimulatedStore SimulatedStore::create(PgCluster &cluster, const SimulationOptions &options)
{
    cluster.start();
    SimulatedStore store;
    SqlSession admin(connectionName(u"admin"_s), cluster.connectionSettings(u"postgres"_s));
    for (int n = 1;; ++n) {
        const QString name = u"mentats_sim_%1_%2"_s.arg(options.seed).arg(n);
        if (!admin.scalar(u"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)"_s, {name}).toBool()) {
            admin.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(name));
            store.databaseName = name;
            break;
        }
    }
    store.settings = cluster.connectionSettings(store.databaseName);
    store.settings.statementTimeoutMs = 0;
    store.settings.applicationName = u"mentats-simulate"_s;
    return store;
}

bool SimulatedStore::isSimulationDatabase(SqlSession &session)
{
    return session.hasTable(QString::fromLatin1(kMarkerTable));
}

void SimulatedStore::drop(PgCluster &cluster, const QString &databaseName)
{
    SqlSession admin(connectionName(u"drop"_s), cluster.connectionSettings(u"postgres"_s));
    admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(databaseName));
}

void SimulatedStore::populate(SqlSession &session, const SimulationOptions &options, const BusinessCalendar &calendar,
                              GroundTruth &truth)
{
    if (session.scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt() > 0)
        throw DbError(DbError::Kind::Usage, u"The simulator only fills a database it has just made."_s);
    TeamTimeBaseline::create(session);
    session.exec(u"CREATE TABLE %1 (seed numeric NOT NULL, size text NOT NULL, staff integer NOT NULL, "
                 "days integer NOT NULL, model text NOT NULL, first_day date NOT NULL)"_s.arg(
                     QString::fromLatin1(kMarkerTable)));
    session.exec(u"INSERT INTO %1 VALUES (?, ?, ?, ?, ?, ?)"_s.arg(QString::fromLatin1(kMarkerTable)),
                 {QString::number(options.seed), SimulationOptions::sizeName(options.size), options.staffCount(),
                  options.days, options.modelName(), options.firstDay});
    Migrator().migrate(session);

    world.scale = scaleFor(options);
    const DemoTimeline timeline(calendar, world.scale.historyDays);
    session.transaction([&] {
        DemoTables tables(session);
        DemoRandom peopleRandom(options.seed, People);
        DemoPeople(world, timeline, peopleRandom, tables).generate();

        DemoRandom profileRandom(options.seed, Profiles);
        profiles.reserve(world.people.size());
        for (const DemoPerson &person : world.people) {
            profiles.push_back(StaffProfile::draw(profileRandom, options.firstDay, person.role == DemoRole::Purchaser));
            const StaffProfile &profile = profiles.back();
            if (person.worksShifts() && person.isActive() && profile.lateWeekday != 0)
                truth.patterns << SimPattern{person.id, person.name, profile.lateWeekday, profile.improvesFrom};
        }

        // Every store has someone who writes to the AI: the injection model needs text to obey, and the other
        // models should be seen ignoring it.
        for (int location = 0; location < int(world.locations.size()); ++location) {
            int writer = -1;
            for (int i = 0; i < int(world.people.size()); ++i) {
                const DemoPerson &person = world.people[std::size_t(i)];
                if (person.location != location || !person.worksShifts() || !person.isActive())
                    continue;
                if (profiles[std::size_t(i)].writesInstructions) {
                    writer = -1;
                    break;
                }
                if (writer < 0 && profiles[std::size_t(i)].lateWeekday == 0)
                    writer = i;
            }
            if (writer >= 0)
                profiles[std::size_t(writer)].writesInstructions = true;
        }

        // Every shift of the period, written ahead as a manager schedules: the person's usual week at their store,
        // from opening (or two hours later, every other person) for up to eight hours.
        DemoRandom shiftRandom(options.seed, Shifts);
        const QDateTime written = calendar.nowUtc().addDays(-7);
        for (int day = 0; day < options.days; ++day) {
            const QDate date = options.firstDay.addDays(day);
            const int dayOfWeek = date.dayOfWeek() % 7;
            for (int i = 0; i < int(world.people.size()); ++i) {
                const DemoPerson &person = world.people[std::size_t(i)];
                const DemoLocation &location = world.locations[std::size_t(person.location)];
                if (!person.worksShifts() || !person.isActive() || !person.worksOn[std::size_t(dayOfWeek)] ||
                    !location.isOpen(dayOfWeek))
                    continue;
                const int opens = location.opensAt[std::size_t(dayOfWeek)];
                const int closes = location.closesAt[std::size_t(dayOfWeek)];
                const int from = std::min(opens + (i % 2) * 120, std::max(opens, closes - 240));
                const int until = std::min(from + 480, closes);
                SimShift shift{shiftRandom.uuid(), i, person.location, timeline.at(date, from).toUTC(),
                               timeline.at(date, until).toUTC()};
                tables.shifts.row()
                    .text(shift.id)
                    .text(person.id)
                    .text(location.id)
                    .timestamp(shift.start)
                    .timestamp(shift.end)
                    .null()
                    .text(world.managerOf(person.location).id)
                    .timestamp(written)
                    .timestamp(written);
                shifts.push_back(std::move(shift));
            }
        }
        tables.flushAll();
    });
    adminId = world.people[std::size_t(world.admins.front())].id;

    // Both agents live (effects and controls are real), on the configured model.
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        AgentSettings configured = AgentSettingsStore::load(session, agent);
        configured.enabled = true;
        configured.dryRun = false;
        configured.useBatch = false;
        if (options.contextTokens > 0)
            configured.maxContextTokens = options.contextTokens;
        if (options.model == SimulationOptions::Model::Provider) {
            configured.provider = options.providerId;
            configured.model = options.providerModel;
            configured.baseUrl = options.baseUrl;
        } else {
            configured.provider = u"anthropic"_s;
            configured.model = options.pricedAs;
        }
        AgentSettingsStore::save(session, configured, adminId);
    }
    session.exec(u"ANALYZE"_s);
    qCInfo(lcDemo) << "simulated store" << databaseName << "with" << world.people.size() << "people and"
                   << shifts.size() << "shifts";
}
