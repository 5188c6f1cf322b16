#pragma once

#include <QStringList>

// The AI schema exactly as it was designed (the AI tables, the daily metrics and auction_metrics), written down
// independently of the migrations so the tests compare the database against that design, not against our own SQL.
namespace PlanSchema {

struct Column
{
    const char *name;
    const char *type;
    const char *defaultExpr; // as pg_get_expr prints it
    bool notNull;
};

struct Table
{
    const char *name;
    QList<Column> columns;
    QStringList constraints; // "name: definition" as pg_get_constraintdef prints it
};

const QList<Table> &tables();
const Table &table(const char *name);

// Enum labels in order.
QStringList enumLabels(const char *type);

} // namespace PlanSchema
