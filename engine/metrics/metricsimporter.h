#pragma once

#include "metrics/importreport.h"
#include "metrics/importrequest.h"

#include <QCoroTask>

class Database;
class SqlSession;

// Checks or imports one CSV export (POS sales or auction figures): reads it, applies the mapping, reports every bad
// row with its line, and writes the good rows in one transaction together with their mentats_metrics_imports record
// and the mapping kept for next time — or writes nothing when the request says all or nothing and a row is bad.
// Runs on a database worker thread (the session's); the returned report names the business days whose figures
// changed, for the roll-up.
namespace MetricsImporter {

// Throws DbError(Usage) when the file cannot be read as CSV or the mapping does not fit its header.
ImportReport run(SqlSession &session, const ImportRequest &request);
// The same, on one of the database's workers.
QCoro::Task<ImportReport> run(Database &db, ImportRequest request);

// The mapping to use for a header: the saved one when it fits the file, else one guessed from the header names.
ImportMapping mappingFor(SqlSession &session, ImportMapping::Kind kind, const QStringList &header);

} // namespace MetricsImporter
