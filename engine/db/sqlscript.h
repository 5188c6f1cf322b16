#pragma once

#include <QList>
#include <QString>

// Splits a SQL script into statements at top-level semicolons, understanding comments, quoted strings and
// identifiers, E'' escapes and dollar quoting, so each statement can be run (and blamed) on its own.
struct SqlStatement
{
    QString sql;
    int line = 0; // 1-based line where the statement starts
};

namespace SqlScript {
QList<SqlStatement> split(const QString &script);
}
