#pragma once

#include "metrics/csvtable.h"

#include <QByteArray>

// Reads the CSV a point of sale or an auction site exports (RFC 4180 and what spreadsheets make of it): UTF-8 with
// or without a byte order mark (Latin-1 when the bytes are not UTF-8), `,` `;` or tab as the delimiter (whichever
// the header line uses most), quoted fields with delimiters, doubled quotes and line breaks, any line ending.
// Empty lines are skipped; every record keeps the line it starts on. A quoted field that never ends throws
// DbError(Usage) naming its line.
namespace CsvReader {
CsvTable read(const QByteArray &bytes);
// The delimiter a header line uses most, outside quotes (`,` when it has none).
QChar detectDelimiter(QStringView text);
} // namespace CsvReader
