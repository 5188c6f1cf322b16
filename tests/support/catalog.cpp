#include "catalog.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList firstColumn(const SqlRows &rows)
{
    QStringList values;
    for (const QVariantList &row : rows.rows)
        values << row.value(0).toString();
    return values;
}
} // namespace

QStringList Catalog::tables()
{
    return firstColumn(
        m_session.select(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname"_s));
}

QMap<QString, Catalog::Column> Catalog::columns(const QString &table)
{
    const SqlRows rows = m_session.select(
        u"SELECT a.attname, format_type(a.atttypid, a.atttypmod), coalesce(pg_get_expr(d.adbin, d.adrelid), ''), "
        "a.attnotnull FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped"_s,
        {table});
    QMap<QString, Column> columns;
    for (const QVariantList &row : rows.rows)
        columns.insert(row.at(0).toString(), {row.at(1).toString(), row.at(2).toString(), row.at(3).toBool()});
    return columns;
}

QStringList Catalog::columnOrder(const QString &table)
{
    return firstColumn(m_session.select(u"SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 "
                                        "AND NOT attisdropped ORDER BY attnum"_s,
                                        {table}));
}

QStringList Catalog::enumLabels(const QString &type)
{
    return firstColumn(m_session.select(
        u"SELECT enumlabel FROM pg_enum WHERE enumtypid = to_regtype(?) ORDER BY enumsortorder"_s, {type}));
}

QStringList Catalog::constraints(const QString &table)
{
    return firstColumn(m_session.select(u"SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint "
                                        "WHERE conrelid = ?::regclass ORDER BY conname"_s,
                                        {table}));
}

QStringList Catalog::indexes(const QString &table)
{
    return firstColumn(m_session.select(
        u"SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = ? ORDER BY indexname"_s,
        {table}));
}

qint64 Catalog::rowCount(const QString &table)
{
    return m_session.scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

QString Catalog::snapshot()
{
    QStringList lines;
    for (const QString &table : tables()) {
        const auto cols = columns(table);
        for (auto it = cols.cbegin(); it != cols.cend(); ++it)
            lines
                << u"%1.%2 %3 default=%4 notnull=%5"_s.arg(table, it.key(), it->type, it->defaultExpr).arg(it->notNull);
        for (const QString &constraint : constraints(table))
            lines << table + u" constraint "_s + constraint;
        for (const QString &index : indexes(table))
            lines << table + u" index "_s + index;
        lines << u"%1 rows=%2"_s.arg(table).arg(rowCount(table));
    }
    const SqlRows types =
        m_session.select(u"SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                         "WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY t.typname"_s);
    for (const QString &type : firstColumn(types))
        lines << u"enum %1 (%2)"_s.arg(type, enumLabels(type).join(u','));
    const SqlRows functions =
        m_session.select(u"SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                         "WHERE n.nspname = 'public' ORDER BY 1"_s);
    for (const QString &function : firstColumn(functions))
        lines << u"function "_s + function;
    return lines.join(u'\n');
}
