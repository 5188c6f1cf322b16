#include "metrics/metricsimporter.h"

#include "config/businesssettings.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "metrics/auctionimporter.h"
#include "metrics/csvreader.h"
#include "metrics/posimporter.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// The imports' own category (mentats.import), kept here rather than in core/logging.h: only this file logs.
Q_LOGGING_CATEGORY(lcImport, "mentats.import", QtInfoMsg)

namespace {

BusinessCalendar businessCalendar(SqlSession &session)
{
    const QString zoneId = BusinessSettings::load(session).timeZone;
    const QTimeZone zone(zoneId.toUtf8());
    return BusinessCalendar(zone.isValid() ? zone : QTimeZone(BusinessCalendar::kDefaultZoneId));
}

std::unique_ptr<TableImporter> importerFor(SqlSession &session, const ImportMapping &mapping,
                                           const BusinessCalendar &calendar)
{
    if (mapping.kind == ImportMapping::Kind::Pos)
        return std::make_unique<PosImporter>(session, mapping, calendar);
    return std::make_unique<AuctionImporter>(session, mapping, calendar);
}

QVariant dayOrNull(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

} // namespace

ImportReport MetricsImporter::run(SqlSession &session, const ImportRequest &request)
{
    const CsvTable table = CsvReader::read(request.content);
    if (table.header.isEmpty())
        throw DbError(DbError::Kind::Usage, u"%1 is empty: there is no header line to read."_s.arg(request.fileName));
    const QStringList problems = request.mapping.problems(table.header);
    if (!problems.isEmpty())
        throw DbError(DbError::Kind::Usage, problems.join(u' '));

    ImportReport report;
    report.kind = request.mapping.kind;
    report.fileName = request.fileName;
    const int total = int(table.records.size());
    // Reading is the first half of the work and writing the second; a check only reads.
    const int steps = request.mode == ImportRequest::Mode::Check ? total : total * 2;
    const auto progress = [&request, steps](int done) {
        if (request.progress)
            request.progress(done, steps);
    };
    const BusinessCalendar calendar = businessCalendar(session);
    std::unique_ptr<TableImporter> importer = importerFor(session, request.mapping, calendar);
    importer->parse(table, report, progress);
    progress(total);

    if (request.mode == ImportRequest::Mode::Check) {
        report.outcome = ImportReport::Outcome::Checked;
        return report;
    }
    if (report.rowsGood == 0 || (request.mode == ImportRequest::Mode::AllOrNothing && report.rowsRejected > 0)) {
        report.outcome = ImportReport::Outcome::Refused;
        return report;
    }

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(request.content, QCryptographicHash::Sha256).toHex());
    const QString kind = ImportMapping::kindId(request.mapping.kind);
    session.transaction([&] {
        report.importId =
            session
                .scalar(u"INSERT INTO mentats_metrics_imports (kind, file_name, file_sha256, imported_by) "
                        "VALUES (?, ?, ?, ?) RETURNING id::text"_s,
                        {kind, request.fileName, sha,
                         request.importedBy.isEmpty() ? QVariant() : QVariant(request.importedBy)})
                .toString();
        importer->write(report.importId, report, [&](int done) { progress(total + done); });
        session.exec(u"UPDATE mentats_metrics_imports SET rows_read = ?::int, rows_imported = ?::int, "
                     "rows_duplicate = ?::int, rows_rejected = ?::int, first_day = ?::date, last_day = ?::date "
                     "WHERE id = ?::uuid"_s,
                     {report.rowsRead, report.rowsImported, report.rowsDuplicate, report.rowsRejected,
                      dayOrNull(report.firstDay), dayOrNull(report.lastDay), report.importId});
        if (request.saveMapping)
            ImportMapping::save(session, request.mapping, request.importedBy);
    });
    report.outcome = ImportReport::Outcome::Imported;
    qCInfo(lcImport).noquote() << u"%1 (%2): %3"_s.arg(request.fileName, kind, report.summary());
    return report;
}

QCoro::Task<ImportReport> MetricsImporter::run(Database &db, ImportRequest request)
{
    auto running = db.run([request = std::move(request)](SqlSession &session) { return run(session, request); });
    co_return co_await running;
}

ImportMapping MetricsImporter::mappingFor(SqlSession &session, ImportMapping::Kind kind, const QStringList &header)
{
    const std::optional<ImportMapping> saved = ImportMapping::load(session, kind);
    if (saved && saved->problems(header).isEmpty())
        return *saved;
    return ImportMapping::guess(kind, header);
}
