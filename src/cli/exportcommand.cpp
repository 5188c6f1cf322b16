#include "exportcommand.h"

#include "db/dberror.h"
#include "exitcode.h"
#include "output.h"
#include "reportexporter.h"
#include "services/enginesession.h"

using namespace Qt::Literals::StringLiterals;

QString ExportCommand::summary() const
{
    return u"Export the action log for a period as CSV, JSON Lines or a PDF report."_s;
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"from"_s, u"First business day (2026-11-01)."_s, u"date"_s});
    parser.addOption({u"to"_s, u"Last business day, included (2026-11-30)."_s, u"date"_s});
    parser.addOption({u"format"_s, u"csv, jsonl or pdf."_s, u"format"_s});
    parser.addOption({u"weekly-summary"_s, u"A PDF of the summary and what needs attention, not every action."_s});
    parser.addOption({u"out"_s, u"The file to write."_s, u"file"_s});
    parser.addOption({u"agent"_s, u"office-manager or revenue-optimizer."_s, u"agent"_s});
    parser.addOption({u"status"_s, u"Only actions with this outcome."_s, u"status"_s});
    parser.addOption({u"tool"_s, u"Only this tool."_s, u"name"_s});
}

QCoro::Task<int> ExportCommand::run(const QCommandLineParser &parser)
{
    ReportExporter::Request request;
    request.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    request.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        throw DbError(DbError::Kind::Usage,
                      u"Give the period as --from 2026-11-01 --to 2026-11-30 (from not after to)."_s);
    const std::optional<ReportExporter::Format> format = ReportExporter::parseFormat(parser.value(u"format"_s));
    if (!format)
        throw DbError(DbError::Kind::Usage, u"--format is csv, jsonl or pdf."_s);
    request.format = *format;
    request.weeklySummary = parser.isSet(u"weekly-summary"_s);
    request.path = parser.value(u"out"_s);
    if (request.path.isEmpty())
        throw DbError(DbError::Kind::Usage, u"Say where to write the export: --out FILE."_s);
    request.filter.agent = agentOption(parser);
    request.filter.status = parser.value(u"status"_s);
    request.filter.toolName = parser.value(u"tool"_s);

    EngineSession session(databaseSettings(parser), Clock::system(), 1);
    ReportExporter exporter(session);
    QCoro::Task<ReportExporter::Result> exporting = exporter.run(request); // GCC 12: await a named task
    const ReportExporter::Result result = co_await exporting;
    if (request.format == ReportExporter::Format::Pdf)
        Output::line(u"Exported %1 actions to %2 (%3 %4)."_s.arg(QString::number(result.actions), request.path,
                                                                 QString::number(result.pages),
                                                                 result.pages == 1 ? u"page"_s : u"pages"_s));
    else
        Output::line(u"Exported %1 actions to %2."_s.arg(QString::number(result.actions), request.path));
    co_return ExitOk;
}
