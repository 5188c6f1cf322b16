#pragma once

#include <QString>

// An index a migration builds without blocking writes to its table: a statement
//     CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS mentats_… ON table …
// PostgreSQL builds such an index only outside a transaction, so the migrator leaves it out of the migration's
// transaction and builds it once that has committed, and again on any later run while it is missing or an interrupted
// build left it INVALID (Migrator::buildIndexes). A comment line `-- requires extension NAME` above the statement
// builds it only where that extension is installed (the doctor says when it is not).
struct ConcurrentIndex
{
    QString name; // always mentats_*: the migrator drops an invalid one before building it again
    QString table;
    QString sql;
    QString extension; // empty: none needed
    int line = 0;      // in its migration's file
};
