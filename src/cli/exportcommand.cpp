#include "exportcommand.h"

#include "actions/actionexport.h"
#include "context/contextrequestloader.h"
#include "db/database.h"
#include "db/dberror.h"
#include "exitcode.h"
#include "output.h"

#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

QString ExportCommand::summary() const
{
    return u"Export the action log for a period as CSV or JSON Lines."_s;
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"from"_s, u"First business day (2026-11-01)."_s, u"date"_s});
    parser.addOption({u"to"_s, u"Last business day, included (2026-11-30)."_s, u"date"_s});
    parser.addOption({u"format"_s, u"csv or jsonl."_s, u"format"_s});
    parser.addOption({u"out"_s, u"The file to write."_s, u"file"_s});
    parser.addOption({u"agent"_s, u"office-manager or revenue-optimizer."_s, u"agent"_s});
    parser.addOption({u"status"_s, u"Only actions with this outcome."_s, u"status"_s});
    parser.addOption({u"tool"_s, u"Only this tool."_s, u"name"_s});
}

QCoro::Task<int> ExportCommand::run(const QCommandLineParser &parser)
{
    const QDate from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        throw DbError(DbError::Kind::Usage, u"Give the period as --from 2026-11-01 --to 2026-11-30 (from not after to)."_s);
    const std::optional<ActionExport::Format> format = ActionExport::parseFormat(parser.value(u"format"_s));
    if (!format)
        throw DbError(DbError::Kind::Usage, u"--format is csv or jsonl."_s);
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        throw DbError(DbError::Kind::Usage, u"Say where to write the export: --out FILE."_s);
    ActionLog::Filter filter;
    filter.agent = agentOption(parser);
    filter.status = parser.value(u"status"_s);
    filter.toolName = parser.value(u"tool"_s);

    Database db(databaseSettings(parser), 1);
    QFuture<qint64> exporting = db.run([filter, from, to, format, out](SqlSession &s) mutable {
        const BusinessCalendar calendar = ContextRequestLoader::load(s, Agent::OfficeManager, Clock::system()).calendar;
        filter.since = calendar.startOfDayUtc(from);
        filter.until = calendar.startOfDayUtc(to.addDays(1));
        // Written beside the target and renamed into place at the end: never half a file.
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly))
            throw DbError(DbError::Kind::Environment, u"%1 cannot be written: %2"_s.arg(out, file.errorString()));
        const qint64 count = ActionExport::write(s, filter, *format, calendar.zone(), file);
        if (!file.commit())
            throw DbError(DbError::Kind::Environment, u"%1 could not be saved: %2"_s.arg(out, file.errorString()));
        return count;
    });
    const qint64 count = co_await exporting;
    Output::line(u"Exported %1 actions to %2."_s.arg(count).arg(out));
    co_return ExitOk;
}
