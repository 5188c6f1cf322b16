#pragma once

#include "migrations/schemastatus.h"

#include <QString>

class QWidget;

// After connecting: when migrations are pending, says what each will do (they only add; TeamTime's data is kept)
// and asks before applying them.
namespace MigrationPrompt {

// The message for the pending migrations of `status`, one line each.
QString describe(const SchemaStatus &status);
// Asks (window-modal); true when the manager chose to apply them.
bool ask(QWidget *parent, const SchemaStatus &status);

} // namespace MigrationPrompt
