#include "importcommand.h"

#include "core/clock.h"
#include "db/dberror.h"
#include "exitcode.h"
#include "metrics/csvreader.h"
#include "output.h"
#include "services/enginesession.h"
#include "services/metricsservice.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::Environment, u"Cannot read the %1 %2: %3."_s.arg(what, path, file.errorString()));
    return file.readAll();
}

} // namespace

QString ImportCommand::summary() const
{
    return m_kind == ImportMapping::Kind::Pos ? u"Import POS sales from a CSV export (import FILE.csv)."_s
                                              : u"Import auction figures from a CSV export (import FILE.csv)."_s;
}

QString ImportCommand::usage() const
{
    return u"import FILE.csv"_s;
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"mapping"_s,
                      u"A JSON mapping: {\"columns\": {\"date\": \"Sale Date\", …}, \"dateFormat\": \"dd/MM/yyyy\", …} "
                      "(default: the one saved by the last import when it fits, else guessed from the header)."_s,
                      u"file"_s});
    parser.addOption({u"check"_s, u"Only check the file and list its bad rows; import nothing."_s});
    parser.addOption({u"all-or-nothing"_s, u"Import only when every row is good."_s});
    parser.addOption(
        {u"date-format"_s, u"How dates are written, e.g. yyyy-MM-dd, dd/MM/yyyy, M/d/yyyy."_s, u"format"_s});
    parser.addOption({u"decimal-comma"_s, u"Amounts are written 1.234,56."_s});
    if (m_kind == ImportMapping::Kind::Pos) {
        parser.addOption({u"match"_s, u"How employees are named in the file: name, email or pos_id."_s, u"mode"_s});
        parser.addOption({u"per-day"_s, u"Each row is a day's totals, not one transaction."_s});
    }
}

QCoro::Task<int> ImportCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != u"import"_s)
        throw DbError(DbError::Kind::Usage, u"Say what to import: mentats %1 import FILE.csv."_s.arg(name()));
    const QString path = positional.at(1);
    std::optional<ImportMapping> given;
    if (parser.isSet(u"mapping"_s))
        given = ImportMapping::fromJsonText(m_kind, readFile(parser.value(u"mapping"_s), u"mapping file"_s));
    std::optional<ImportMapping::EmployeeMatch> match;
    if (m_kind == ImportMapping::Kind::Pos && parser.isSet(u"match"_s)) {
        match = ImportMapping::parseMatch(parser.value(u"match"_s));
        if (!match)
            throw DbError(DbError::Kind::Usage,
                          u"--match is name, email or pos_id, not \"%1\"."_s.arg(parser.value(u"match"_s)));
    }

    ImportRequest request;
    request.fileName = QFileInfo(path).fileName();
    request.content = readFile(path, u"file"_s);
    request.mode = parser.isSet(u"check"_s)            ? ImportRequest::Mode::Check
                   : parser.isSet(u"all-or-nothing"_s) ? ImportRequest::Mode::AllOrNothing
                                                       : ImportRequest::Mode::GoodRows;
    request.importedBy = u"cli@"_s + QSysInfo::machineHostName();
    const QStringList header = CsvReader::read(request.content).header;

    EngineSession session(databaseSettings(parser), Clock::system(), 1);
    ImportMapping mapping;
    if (given) {
        mapping = *given;
    } else {
        QCoro::Task<ImportMapping> choosing = session.metrics().importMapping(m_kind, header);
        mapping = co_await choosing;
    }
    if (parser.isSet(u"date-format"_s))
        mapping.dateFormat = parser.value(u"date-format"_s);
    if (parser.isSet(u"decimal-comma"_s))
        mapping.decimalComma = true;
    if (match)
        mapping.employeeMatch = *match;
    if (m_kind == ImportMapping::Kind::Pos && parser.isSet(u"per-day"_s))
        mapping.perDay = true;
    const QStringList problems = mapping.problems(header);
    if (!problems.isEmpty())
        throw DbError(DbError::Kind::Usage,
                      u"%1 %2 Give a mapping with --mapping FILE; the file's columns are: %3."_s.arg(
                          given
                              ? u"The mapping does not fit %1:"_s.arg(request.fileName)
                              : u"No saved mapping fits %1 and its header does not say enough:"_s.arg(request.fileName),
                          problems.join(u' '), header.join(u", "_s)));
    request.mapping = mapping;

    // Imported sales count in the daily metrics at once rather than at the next nightly roll-up.
    QCoro::Task<MetricsService::Imported> importing = session.metrics().import(request);
    const MetricsService::Imported imported = co_await importing;
    const ImportReport &report = imported.report;
    for (const ImportProblem &problem : report.problems)
        Output::line(u"line %1: %2"_s.arg(problem.line).arg(problem.reason));
    Output::line(report.summary());
    if (report.outcome == ImportReport::Outcome::Imported && report.hasChanges())
        Output::line(u"Business days changed: %1 to %2."_s.arg(report.changedFirstDay.toString(Qt::ISODate),
                                                               report.changedLastDay.toString(Qt::ISODate)));
    if (!imported.rolledUp.isEmpty())
        Output::line(imported.rolledUp);
    co_return report.rowsRejected > 0 || report.outcome == ImportReport::Outcome::Refused ? ExitFailure : ExitOk;
}
