#pragma once

#include "metrics/importmapping.h"

#include <QDate>
#include <QList>
#include <QString>

// A row of the file that was not imported, and why ("amount \"12,5x\" is not a number; employee \"Sam\" matches no
// TeamTime user by name"). The line is the file's own, as an editor shows it.
struct ImportProblem
{
    int line = 0;
    QString reason;
};

// What an import (or a check) found and did.
struct ImportReport
{
    enum class Outcome
    {
        Checked,  // only validated: nothing was written
        Imported, // the good rows were written in one transaction, with a mentats_metrics_imports record
        Refused,  // nothing was written: "all or nothing" and some rows are bad, or no row is good
    };

    ImportMapping::Kind kind = ImportMapping::Kind::Pos;
    Outcome outcome = Outcome::Checked;
    QString fileName;
    int rowsRead = 0;      // records after the header
    int rowsGood = 0;      // rows that can be imported
    int rowsImported = 0;  // rows written now (for auctions: new and replaced figures)
    int rowsDuplicate = 0; // good rows already in the database exactly as they are (not written again)
    int rowsReplaced = 0;  // auctions: (auction, day) figures that replaced different ones
    int rowsRejected = 0;
    QList<ImportProblem> problems; // one per bad row, in file order
    QDate firstDay;                // the business days the good rows cover
    QDate lastDay;
    QDate changedFirstDay; // the business days whose figures changed: run the roll-up over these
    QDate changedLastDay;
    QString importId; // mentats_metrics_imports.id when recorded

    bool hasChanges() const { return changedFirstDay.isValid(); }
    // One sentence for people: "Imported 118 of 120 rows (2 already imported) for 2026-11-02 to 2026-11-08."
    QString summary() const;
};
