#pragma once

#include "db/connectionsettings.h"
#include "demo/demoworld.h"
#include "simulation/groundtruth.h"
#include "simulation/simulationoptions.h"
#include "simulation/staffprofile.h"

#include <vector>

class BusinessCalendar;
class PgCluster;
class SqlSession;

// One scheduled shift of the simulated period, as written to TeamTime's shifts table.
struct SimShift
{
    QString id;
    int person = 0;
    int location = 0;
    QDateTime start; // UTC
    QDateTime end;
};

// The throwaway store a simulation runs in: its own database in the private cluster, holding TeamTime's baseline
// schema, our migrations, the people (locations, store hours, users, as the demo writes them), every shift of the
// period, and a marker table that says the database is a simulation's. The simulator refuses any database without
// that marker: it writes as staff and managers would, which must never happen to a real business.
struct SimulatedStore
{
    static constexpr auto kMarkerTable = "mentats_simulation";

    QString databaseName;
    ConnectionSettings settings;
    DemoWorld world;
    std::vector<StaffProfile> profiles; // one per person of the world
    std::vector<SimShift> shifts;       // by day, then person
    QString adminId;                    // who configured the agents

    // Creates a new, empty database (mentats_sim_<seed>_<n>) in the cluster, which is started if need be. Throws
    // DbError.
    static SimulatedStore create(PgCluster &cluster, const SimulationOptions &options);
    // Whether the session's database was made by the simulator.
    static bool isSimulationDatabase(SqlSession &session);
    static void drop(PgCluster &cluster, const QString &databaseName);

    // Blocking: schema, migrations, people, shifts and the agents' settings (live, the options' model), on the
    // calendar's clock (the first simulated day). Fills the ground truth's patterns. Throws DbError.
    void populate(SqlSession &session, const SimulationOptions &options, const BusinessCalendar &calendar,
                  GroundTruth &truth);
};
