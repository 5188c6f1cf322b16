#include "migrations/indexinventory.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect =
    u"SELECT i.relname::text, t.relname::text, x.indisvalid, pg_relation_size(i.oid) FROM pg_index x "
    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
    "WHERE i.relnamespace = (SELECT n.oid FROM pg_namespace n WHERE n.nspname = current_schema()) AND i.relname LIKE 'mentats\\_%' "_s;

IndexInventory::Index toIndex(const QVariantList &row)
{
    return {row.at(0).toString(), row.at(1).toString(), row.at(2).toBool(), row.at(3).toLongLong()};
}

} // namespace

QList<IndexInventory::Index> IndexInventory::list(SqlSession &session)
{
    QList<Index> indexes;
    for (const QVariantList &row : session.select(kSelect + u"ORDER BY t.relname, i.relname"_s).rows)
        indexes << toIndex(row);
    return indexes;
}

std::optional<IndexInventory::Index> IndexInventory::find(SqlSession &session, const QString &name)
{
    const SqlRows rows = session.select(kSelect + u"AND i.relname = ?"_s, {name});
    if (rows.isEmpty())
        return std::nullopt;
    return toIndex(rows.rows.front());
}

QStringList IndexInventory::extensions(SqlSession &session)
{
    QStringList names;
    for (const QVariantList &row : session.select(u"SELECT extname::text FROM pg_extension ORDER BY 1"_s).rows)
        names << row.front().toString();
    return names;
}
