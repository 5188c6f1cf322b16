#pragma once

#include "core/businesscalendar.h"
#include "metrics/csvtable.h"
#include "metrics/importmapping.h"
#include "metrics/importreport.h"

#include <QHash>
#include <functional>
#include <nlohmann/json.hpp>

class SqlSession;

// What the POS and auction imports share: the mapping's columns found in the file, cells by field, and the two
// steps. parse() reads every record, keeping the good rows and one problem per bad row; write() stores the good rows
// inside the caller's transaction under the import's record, never twice.
class TableImporter
{
public:
    virtual ~TableImporter() = default;

    // Fills rowsRead, rowsGood, rowsRejected, problems and the days the good rows cover.
    virtual void parse(const CsvTable &table, ImportReport &report, const std::function<void(int)> &progress) = 0;
    // Fills rowsImported, rowsDuplicate, rowsReplaced and the changed days.
    virtual void write(const QString &importId, ImportReport &report, const std::function<void(int)> &progress) = 0;

protected:
    TableImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar);

    void bindColumns(const CsvTable &table);
    bool hasColumn(const QString &field) const { return m_columns.contains(field); }
    QString cell(const CsvRecord &record, const QString &field) const;
    // A record with more (non-empty) fields than the header has is not what the header describes.
    static QString shapeProblem(const CsvRecord &record, const CsvTable &table);
    static void coverDay(QDate day, QDate &first, QDate &last);
    // A parsed value for the JSON the rows travel to the server in: null, a whole number or the value as text (a
    // decimal keeps its exact digits). An empty text is null.
    static nlohmann::json jsonValue(const QVariant &value);
    static nlohmann::json textOrNull(const QString &value);

    SqlSession &m_session;
    ImportMapping m_mapping;
    BusinessCalendar m_calendar;

private:
    QHash<QString, int> m_columns; // field -> index in the file
};
