#pragma once

#include "actions/actionlog.h"

#include <QTimeZone>

class QIODevice;
class SqlSession;

// The action log for a period and filter, written out: CSV (RFC 4180: CRLF line ends, every field quoted where it
// must be, quotes doubled) or JSON Lines (one object per line). Read a keyset page at a time, so a year of actions
// never sits in memory at once. Times are in the business time zone, with their offset.
namespace ActionExport {

enum class Format
{
    Csv,
    JsonLines
};
std::optional<Format> parseFormat(const QString &name);

// The first line (CSV only: the column names).
void writeHeader(Format format, QIODevice &out);
// One page of the log, as the format wants it. Throws DbError(Environment) when the device cannot be written.
void writeRows(Format format, const QList<ActionLog::Entry> &entries, const QTimeZone &zone, QIODevice &out);

// The whole filter at once, a page at a time. Returns how many actions were written. Throws DbError on a database
// problem, and DbError(Environment) when the device cannot be written.
qint64 write(SqlSession &session, ActionLog::Filter filter, Format format, const QTimeZone &zone, QIODevice &out);

// One CSV field as RFC 4180 wants it.
QString csvField(const QString &value);
// An instant as the wall clock of `zone` shows it, with its offset and milliseconds:
// "2026-11-24T09:59:59.000-08:00" (IsoTime::inZone; an export writes 100,000 of them).
QString isoTime(const QDateTime &utc, const QTimeZone &zone);

} // namespace ActionExport
