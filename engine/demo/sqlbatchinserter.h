#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

class SqlSession;

// Writes generated rows into one table with multi-row INSERT statements, a few hundred rows per round trip: the
// large demo has millions of rows and one INSERT per row would take hours. Values become SQL literals (text is
// single-quoted with quotes doubled; the data is generated, never user input, but is escaped all the same).
//
// Foreign keys are checked per statement, so a table whose rows point at another table's rows is flushed only after
// that table (see flushesAfter): rows added to the parent first are always in the database before their children.
class SqlBatchInserter
{
public:
    SqlBatchInserter(SqlSession &session, QString table, QStringList columns, int rowsPerStatement = 800);
    SqlBatchInserter(const SqlBatchInserter &) = delete;
    SqlBatchInserter &operator=(const SqlBatchInserter &) = delete;

    void flushesAfter(SqlBatchInserter &parent) { m_parents.push_back(&parent); }

    // Starts a row; then one value call per column, in the order the columns were given.
    SqlBatchInserter &row();
    SqlBatchInserter &text(QStringView value);
    SqlBatchInserter &textOrNull(const QString &value) { return value.isNull() ? null() : text(value); }
    SqlBatchInserter &timestamp(const QDateTime &instant);
    SqlBatchInserter &timestampOrNull(const QDateTime &instant);
    SqlBatchInserter &integer(qint64 value);
    SqlBatchInserter &decimal(double value, int decimals);
    SqlBatchInserter &boolean(bool value);
    SqlBatchInserter &null();

    // Sends the buffered rows (after the parents' rows). Called automatically when a statement is full.
    void flush();

    const QString &table() const { return m_table; }
    // Rows the server reported as inserted.
    int insertedRows() const { return m_inserted; }

private:
    void beginValue();
    void closeRow();

    SqlSession &m_session;
    QString m_table;
    QString m_prefix;
    int m_columnCount = 0;
    int m_rowsPerStatement = 0;
    std::vector<SqlBatchInserter *> m_parents;
    QString m_sql;
    int m_bufferedRows = 0;
    int m_valuesInRow = 0;
    bool m_rowOpen = false;
    int m_inserted = 0;
};
