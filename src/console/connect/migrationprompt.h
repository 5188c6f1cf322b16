#pragma once

#include "migrations/schemastatus.h"

#include <QCoroTask>
#include <QString>

class QWidget;

// After connecting: when migrations are pending, says what each will do (they only add; TeamTime's data is kept)
// and asks before applying them.
namespace MigrationPrompt {

// The message for the pending migrations of `status`, one line each.
QString describe(const SchemaStatus &status);
// Asks (window-modal, without a nested event loop); true when the manager chose to apply them.
QCoro::Task<bool> ask(QWidget *parent, SchemaStatus status);

} // namespace MigrationPrompt
