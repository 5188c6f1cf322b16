#pragma once

#include "metrics/importmapping.h"

#include <QByteArray>
#include <QString>
#include <functional>

// One CSV file to check or import, and how.
struct ImportRequest
{
    enum class Mode
    {
        Check,        // validate and report; write nothing
        GoodRows,     // import the good rows, report the bad ones
        AllOrNothing, // import only when every row is good
    };

    ImportMapping mapping;
    QString fileName; // for the record and messages (the file's name, not its path)
    QByteArray content;
    Mode mode = Mode::GoodRows;
    QString importedBy;      // the manager's TeamTime user id, or "cli@<host>"
    bool saveMapping = true; // keep the mapping for the next file of this kind (only when something is imported)
    // Called on the database worker's thread as rows are read and written: rows done out of the file's rows.
    std::function<void(int done, int total)> progress;
};
