#include "demo/sqlbatchinserter.h"

#include "db/sqlsession.h"

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

SqlBatchInserter::SqlBatchInserter(SqlSession &session, QString table, QStringList columns, int rowsPerStatement)
    : m_session(session), m_table(std::move(table)), m_columnCount(int(columns.size())),
      m_rowsPerStatement(rowsPerStatement)
{
    m_prefix = u"INSERT INTO "_s + m_table + u" ("_s + columns.join(u", "_s) + u") VALUES\n"_s;
}

SqlBatchInserter &SqlBatchInserter::row()
{
    closeRow();
    if (m_bufferedRows >= m_rowsPerStatement)
        flush();
    if (m_bufferedRows == 0) {
        // Rows of this table are a few hundred characters: reserving avoids regrowing a large string.
        m_sql.reserve(m_prefix.size() + qsizetype(m_rowsPerStatement) * 48 * m_columnCount);
        m_sql += m_prefix;
    } else {
        m_sql += u",\n"_s;
    }
    m_sql += u'(';
    ++m_bufferedRows;
    m_valuesInRow = 0;
    m_rowOpen = true;
    return *this;
}

void SqlBatchInserter::beginValue()
{
    if (!m_rowOpen || m_valuesInRow >= m_columnCount)
        throw std::logic_error("SqlBatchInserter: more values than columns in " + m_table.toStdString());
    if (m_valuesInRow > 0)
        m_sql += u',';
    ++m_valuesInRow;
}

void SqlBatchInserter::closeRow()
{
    if (!m_rowOpen)
        return;
    if (m_valuesInRow != m_columnCount)
        throw std::logic_error("SqlBatchInserter: a row of " + m_table.toStdString() + " has the wrong column count");
    m_sql += u')';
    m_rowOpen = false;
}

SqlBatchInserter &SqlBatchInserter::text(QStringView value)
{
    beginValue();
    m_sql += u'\'';
    if (!value.contains(u'\'')) {
        m_sql += value;
    } else {
        for (const QChar c : value) {
            if (c == u'\'')
                m_sql += u'\'';
            m_sql += c;
        }
    }
    m_sql += u'\'';
    return *this;
}

SqlBatchInserter &SqlBatchInserter::timestamp(const QDateTime &instant)
{
    return text(SqlSession::timestamp(instant));
}

SqlBatchInserter &SqlBatchInserter::timestampOrNull(const QDateTime &instant)
{
    return instant.isValid() ? timestamp(instant) : null();
}

SqlBatchInserter &SqlBatchInserter::integer(qint64 value)
{
    beginValue();
    m_sql += QString::number(value);
    return *this;
}

SqlBatchInserter &SqlBatchInserter::decimal(double value, int decimals)
{
    beginValue();
    m_sql += QString::number(value, 'f', decimals);
    return *this;
}

SqlBatchInserter &SqlBatchInserter::boolean(bool value)
{
    beginValue();
    m_sql += value ? u"true"_s : u"false"_s;
    return *this;
}

SqlBatchInserter &SqlBatchInserter::null()
{
    beginValue();
    m_sql += u"NULL"_s;
    return *this;
}

void SqlBatchInserter::flush()
{
    closeRow();
    for (SqlBatchInserter *parent : m_parents)
        parent->flush();
    if (m_bufferedRows == 0)
        return;
    m_inserted += m_session.execAffected(m_sql);
    m_sql.resize(0); // keeps the capacity for the next statement
    m_bufferedRows = 0;
}
