#include "migratecommand.h"

#include "db/database.h"
#include "exitcode.h"
#include "migrations/migrator.h"
#include "output.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString MigrateCommand::summary() const
{
    return u"Apply or adopt the Mentats schema in a TeamTime database; --check exits 1 when something is pending."_s;
}

void MigrateCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"check"_s, u"Only report: exit 1 when migrations are pending, 0 when none are."_s});
}

QCoro::Task<int> MigrateCommand::run(const QCommandLineParser &parser)
{
    Database database(databaseSettings(parser), 1);
    const Migrator migrator;
    QCoro::Task<SchemaStatus> inspecting = migrator.inspect(database);
    const SchemaStatus status = co_await inspecting;
    if (parser.isSet(u"check"_s)) {
        const int pending = status.pendingCount();
        for (const MigrationState &m : status.migrations) {
            if (!m.applied)
                Output::line(u"pending  %1 %2"_s.arg(m.version, 4, 10, QChar(u'0')).arg(m.name));
        }
        const QList<IndexState> indexes = status.indexesToBuild();
        for (const IndexState &index : indexes)
            Output::line(u"index    %1 on %2 (%3)"_s.arg(
                index.name, index.table,
                index.state == IndexState::State::Invalid ? u"invalid: an interrupted build"_s : u"missing"_s));
        if (status.isUpToDate()) {
            Output::line(u"The schema is up to date: all %1 migrations are applied."_s.arg(status.migrations.size()));
            co_return ExitOk;
        }
        if (pending > 0)
            Output::line(u"%1 of %2 migrations are pending: run `mentats migrate`."_s.arg(pending).arg(
                status.migrations.size()));
        else
            Output::line(u"%1 of the engine's indexes %2 to be built: run `mentats migrate`."_s.arg(indexes.size())
                             .arg(indexes.size() == 1 ? u"needs"_s : u"need"_s));
        co_return ExitFailure;
    }

    QCoro::Task<QList<Migration>> migrating = migrator.migrate(database);
    const QList<Migration> applied = co_await migrating;
    for (const Migration &m : applied)
        Output::line(u"applied  %1 %2"_s.arg(m.version, 4, 10, QChar(u'0')).arg(m.name));
    QCoro::Task<SchemaStatus> checking = migrator.inspect(database);
    const SchemaStatus after = co_await checking;
    int built = 0;
    for (const IndexState &index : after.indexes) {
        const auto before = std::ranges::find(status.indexes, index.name, &IndexState::name);
        if (index.state == IndexState::State::Valid &&
            (before == status.indexes.end() || before->state != IndexState::State::Valid)) {
            Output::line(u"built    %1 on %2"_s.arg(index.name, index.table));
            ++built;
        }
    }
    if (applied.isEmpty() && built == 0)
        Output::line(u"Nothing to do: all %1 migrations were already applied to %2."_s.arg(status.migrations.size())
                         .arg(status.teamTimeLabel()));
    else if (applied.isEmpty())
        Output::line(u"Built %1 of the engine's indexes on %2."_s.arg(built).arg(status.teamTimeLabel()));
    else
        Output::line(u"Applied %1 migration%2 to %3."_s.arg(applied.size())
                         .arg(applied.size() == 1 ? QString() : u"s"_s, status.teamTimeLabel()));
    co_return ExitOk;
}
