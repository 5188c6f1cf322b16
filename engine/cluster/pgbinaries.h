#pragma once

#include <QString>

// Where Debian's PostgreSQL server programs live. Found, in order, through MENTATS_PG_BINDIR, `pg_config
// --bindir`, the newest /usr/lib/postgresql/<version>/bin, and PATH.
struct PgBinaries
{
    QString binDir;
    QString initdb;
    QString pgCtl;
    QString postgres;
    int majorVersion = 0;

    // Throws DbError(Environment) naming the package to install when nothing usable is found.
    static PgBinaries locate();
    static bool isComplete(const QString &binDir);
};
