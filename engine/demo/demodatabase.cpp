#include "demo/demodatabase.h"

#include "context/contextrequestloader.h"
#include "core/logging.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "demo/demohistory.h"
#include "demo/demosales.h"
#include "demo/demoscale.h"
#include "demo/teamtimebaseline.h"
#include "metrics/metricsrollup.h"
#include "migrations/migrator.h"

#include <QCoroFuture>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kBuildLockKey = 0x6d656e7461747302; // "mentats" + 2

// Each use gets its own connection name: sessions are opened and closed on the calling thread.
QString connectionName(const QString &purpose)
{
    static QAtomicInt serial;
    return u"mentats-demo-%1-%2"_s.arg(purpose).arg(serial.fetchAndAddRelaxed(1));
}

} // namespace

DemoDatabase::DemoDatabase(QString directory) : DemoDatabase(std::move(directory), QString::fromLatin1(kDatabaseName))
{}

DemoDatabase::DemoDatabase(QString directory, QString databaseName)
    : m_cluster(std::move(directory)), m_databaseName(std::move(databaseName))
{}

QString DemoDatabase::defaultDirectory()
{
    if (::geteuid() == 0)
        return u"/var/lib/mentats/demo-db"_s;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/mentats/demo-db"_s;
}

std::optional<ConnectionSettings> DemoDatabase::settings() const
{
    if (!m_cluster.isRunning())
        return std::nullopt;
    SqlSession admin(connectionName(u"url"_s), m_cluster.connectionSettings(u"postgres"_s));
    if (!admin.scalar(u"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)"_s, {m_databaseName}).toBool())
        return std::nullopt;
    return m_cluster.connectionSettings(m_databaseName);
}

bool DemoDatabase::isReusable(const DemoOptions &options, const BusinessCalendar &calendar) const
{
    SqlSession admin(connectionName(u"check"_s), m_cluster.connectionSettings(u"postgres"_s));
    if (!admin.scalar(u"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)"_s, {m_databaseName}).toBool())
        return false;
    SqlSession demo(connectionName(u"info"_s), m_cluster.connectionSettings(m_databaseName));
    if (!demo.scalar(u"SELECT to_regclass('mentats_demo_info') IS NOT NULL"_s).toBool())
        return false;
    const SqlRows info = demo.select(u"SELECT size, seed, business_date FROM mentats_demo_info"_s);
    if (info.isEmpty())
        return false;
    const QVariantList &row = info.rows.front();
    return row.at(0).toString() == DemoOptions::sizeName(options.size) && row.at(1).toULongLong() == options.seed &&
           row.at(2).toDate() == calendar.today();
}

DemoSummary DemoDatabase::build(const DemoOptions &options, const BusinessCalendar &calendar,
                                const std::function<void(const QString &)> &progress)
{
    const auto say = [&progress](const QString &text) {
        qCInfo(lcDemo) << text;
        if (progress)
            progress(text);
    };
    const QString buildDatabase = m_databaseName + u"_build"_s;
    {
        SqlSession admin(connectionName(u"admin"_s), m_cluster.connectionSettings(u"postgres"_s));
        admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(buildDatabase));
        admin.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(buildDatabase));
    }
    DemoSummary summary;
    {
        ConnectionSettings buildSettings = m_cluster.connectionSettings(buildDatabase);
        buildSettings.statementTimeoutMs = 0; // the large demo writes millions of rows
        SqlSession session(connectionName(u"build"_s), buildSettings);
        say(u"Creating TeamTime's baseline schema"_s);
        TeamTimeBaseline::create(session);
        say(u"Generating %1 demo data (seed %2)"_s.arg(DemoOptions::sizeName(options.size)).arg(options.seed));
        QElapsedTimer timer;
        timer.start();
        summary = DemoDataGenerator(options, calendar).generate(session);
        say(u"Generated %1 people, %2 shifts, %3 time entries and %4 tasks in %5 s"_s.arg(summary.users)
                .arg(summary.shifts)
                .arg(summary.timeEntries)
                .arg(summary.tasks)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        session.exec(u"CREATE TABLE mentats_demo_info (size text NOT NULL, seed numeric NOT NULL, "
                     "business_date date NOT NULL, generated_at timestamp with time zone DEFAULT now() NOT NULL)"_s);
        session.exec(u"INSERT INTO mentats_demo_info (size, seed, business_date) VALUES (?, ?, ?)"_s,
                     {DemoOptions::sizeName(options.size), QString::number(options.seed), calendar.today()});
        session.exec(u"ANALYZE"_s);
    }
    SqlSession admin(connectionName(u"swap"_s), m_cluster.connectionSettings(u"postgres"_s));
    admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_databaseName));
    admin.exec(u"ALTER DATABASE %1 RENAME TO %2"_s.arg(buildDatabase, m_databaseName));
    return summary;
}

DemoDatabase::StartResult DemoDatabase::start(const DemoOptions &options,
                                              const std::function<void(const QString &)> &progress)
{
    if (progress)
        progress(u"Starting PostgreSQL in %1"_s.arg(m_cluster.directory()));
    m_cluster.start();

    // Two starts at once (a console and a terminal) must not build over each other: the first builds, the
    // second waits and then reuses. The lock goes with this session.
    SqlSession guard(connectionName(u"guard"_s), m_cluster.connectionSettings(u"postgres"_s));
    guard.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(kBuildLockKey));

    // A fresh demo is laid out in the default business time zone; a reused one keeps whatever it was set to.
    const BusinessCalendar calendar;
    StartResult result;
    result.settings = m_cluster.connectionSettings(m_databaseName);
    result.reused = isReusable(options, calendar);
    if (!result.reused)
        result.summary = build(options, calendar, progress);
    else if (progress)
        progress(u"Reusing the demo database made earlier today"_s);

    // Migrations go last so that the demo exercises adoption of a TeamTime database, like a real deployment.
    ConnectionSettings ownSettings = result.settings;
    ownSettings.statementTimeoutMs = 0; // the large demo's sales and roll-up write millions of rows
    SqlSession session(connectionName(u"migrate"_s), ownSettings);
    result.migrationsApplied =
        int(Migrator()
                .migrate(session,
                         [&progress](const Migration &m) {
                             if (progress)
                                 progress(u"Applied migration %1 %2"_s.arg(m.version).arg(m.name));
                         })
                .size());
    if (!result.reused) {
        const DemoHistory::Summary history = DemoHistory::write(session, calendar, options.seed);
        if (progress)
            progress(u"Wrote two weeks of agent history: %1 runs, %2 actions"_s.arg(QString::number(history.runs),
                                                                                    QString::number(history.actions)));
        const qint64 sales = DemoSales::write(session, options.size, options.seed);
        const MetricsRollup rollup(calendar, ContextRequestLoader::probeFeatures(session));
        const DemoScale scale = DemoScale::forSize(options.size);
        const MetricsRollup::Report metrics =
            rollup.run(session, calendar.today().addDays(-scale.historyDays), calendar.today().addDays(-1));
        if (progress)
            progress(u"Wrote %1 POS sales rows and rolled up %2 days of metrics (%3 person-days)"_s.arg(
                QString::number(sales), QString::number(metrics.days), QString::number(metrics.staffRows)));
    }
    return result;
}

void DemoDatabase::stop()
{
    m_cluster.stop();
}

QCoro::Task<DemoDatabase::StartResult> DemoDatabase::startAsync(DemoOptions options)
{
    QFuture<StartResult> result = QtConcurrent::run([this, options]() { return start(options); });
    co_return co_await result;
}
