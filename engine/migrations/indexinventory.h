#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqlSession;

// The engine's own indexes — every index named mentats_* in the current schema — as the database has them, for the
// doctor's list and the migrator's index builds. TeamTime's indexes are never in it.
namespace IndexInventory {

struct Index
{
    QString name;
    QString table;
    bool valid = false; // false: an interrupted concurrent build left it unusable (it is not used, only maintained)
    qint64 bytes = 0;
};

// By table, then name.
QList<Index> list(SqlSession &session);
std::optional<Index> find(SqlSession &session, const QString &name);
// The extensions installed in the database, by name.
QStringList extensions(SqlSession &session);

} // namespace IndexInventory
