#pragma once

#include "demo/demoworld.h"

#include <QDateTime>
#include <QString>

class DemoRandom;
class DemoTables;

// One task as TeamTime stores it; the defaults are those of a manual task nobody has started.
struct DemoTaskRow
{
    QString id; // empty: the writer draws a new one
    QString templateId;
    QString title;
    QString description;
    const DemoPerson *assignee = nullptr;
    QString priority = QStringLiteral("medium");
    QDateTime dueAt;
    QString status = QStringLiteral("not_started");
    bool photoRequired = false;
    bool notesRequired = false;
    QString source = QStringLiteral("manual");
    QString linkedEventId;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt; // defaults to createdAt
};

// Writes tasks and task_completions for the task and purchase generators, which both create tasks.
class DemoTaskWriter
{
public:
    DemoTaskWriter(const DemoWorld &world, DemoRandom &random, DemoTables &tables);

    // Returns the new task's id.
    QString task(const DemoTaskRow &row);
    void completion(const QString &taskId, const DemoPerson &by, const QDateTime &at, const QString &notes);

private:
    const DemoWorld &m_world;
    DemoRandom &m_random;
    DemoTables &m_tables;
};
