#pragma once

#include <QChar>
#include <QStringList>
#include <vector>

// One record of a CSV file and the line of the file it starts on (1-based, as an editor shows it: a quoted field
// with line breaks makes the next record start further down).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A CSV file as read: its delimiter, the header (the first non-empty record) and the records after it.
struct CsvTable
{
    QChar delimiter = u',';
    int headerLine = 0;
    QStringList header;
    std::vector<CsvRecord> records;

    // The index of a header column, compared without case or surrounding spaces; -1 when there is none.
    int column(const QString &name) const;
};
