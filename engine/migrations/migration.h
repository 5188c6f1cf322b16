#pragma once

#include "db/sqlscript.h"
#include "migrations/concurrentindex.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One versioned schema change, embedded in the engine as engine/migrations/sql/NNNN_name.sql. Its statements run in
// one transaction, except the indexes it builds concurrently (ConcurrentIndex), which are built after it.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QByteArray checksum; // SHA-256 of the SQL, hex: an applied migration whose file changed is reported
    // Checksums of earlier texts of this migration that leave a database the same (0007 before its indexes were
    // built concurrently, say): a database that applied one of them is not reported as changed.
    QList<QByteArray> equivalentChecksums;
    QList<SqlStatement> statements; // run in the migration's transaction
    QList<ConcurrentIndex> indexes; // built after it, outside a transaction

    bool matchesChecksum(const QByteArray &applied) const;

    // What it does, for a person deciding whether to apply it: the SQL's leading comment, as one paragraph.
    QString purpose() const;
    // "Migration 0001 (ai_enums)", as messages name it.
    QString label() const;

    // Throws DbError(Migration) for a concurrent index the migrator could not build safely (not IF NOT EXISTS, or not
    // named mentats_*).
    static Migration fromSql(int version, QString name, QString sql);
    // The migrations compiled into the engine, in version order.
    static const QList<Migration> &builtIn();
    // SQL that defines the session-local helper functions the migrations call.
    static const QString &helpersSql();
};
