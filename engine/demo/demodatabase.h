#pragma once

#include "cluster/pgcluster.h"
#include "db/connectionsettings.h"
#include "demo/demodatagenerator.h"
#include "demo/demooptions.h"

#include <QCoroTask>
#include <functional>
#include <optional>

// The local demo TeamTime: a private cluster (PgCluster) holding the database "teamtime_demo", made from
// TeamTime's baseline schema, demo data and our migrations. It is rebuilt when asked for a different size or seed,
// or when its data was laid out on an earlier business day (the data is relative to "now"); otherwise reused.
// A rebuild happens in a scratch database that replaces the old one only when complete.
class DemoDatabase
{
public:
    static constexpr auto kDatabaseName = "teamtime_demo";

    struct StartResult
    {
        ConnectionSettings settings;
        bool reused = false;
        DemoSummary summary;
        int migrationsApplied = 0;
    };

    explicit DemoDatabase(QString directory = defaultDirectory());
    // A demo under another name in the same cluster (benchmarks sharing the test run's cluster each build their own).
    DemoDatabase(QString directory, QString databaseName);

    // ~/.local/share/mentats/demo-db for a normal user; /var/lib/mentats/demo-db for root (whose home the
    // server's unprivileged account cannot enter).
    static QString defaultDirectory();

    const PgCluster &cluster() const { return m_cluster; }
    const QString &databaseName() const { return m_databaseName; }

    // Blocking: for the CLI, worker threads and tests. Throws DbError.
    StartResult start(const DemoOptions &options, const std::function<void(const QString &)> &progress = {});
    void stop();
    // The database URL when the cluster runs and the demo database exists.
    std::optional<ConnectionSettings> settings() const;

    QCoro::Task<StartResult> startAsync(DemoOptions options);

private:
    bool isReusable(const DemoOptions &options, const BusinessCalendar &calendar) const;
    DemoSummary build(const DemoOptions &options, const BusinessCalendar &calendar,
                      const std::function<void(const QString &)> &progress);

    PgCluster m_cluster;
    QString m_databaseName;
};
