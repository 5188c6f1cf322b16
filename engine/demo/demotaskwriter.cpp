#include "demo/demotaskwriter.h"

#include "demo/demorandom.h"
#include "demo/demotables.h"

using namespace Qt::Literals::StringLiterals;

DemoTaskWriter::DemoTaskWriter(const DemoWorld &world, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_random(random), m_tables(tables)
{}

QString DemoTaskWriter::task(const DemoTaskRow &row)
{
    const QString id = row.id.isEmpty() ? m_random.uuid() : row.id;
    m_tables.tasks.row()
        .text(id)
        .textOrNull(row.templateId)
        .text(row.title)
        .textOrNull(row.description)
        .textOrNull(row.assignee ? row.assignee->id : QString())
        .text(row.priority)
        .timestampOrNull(row.dueAt)
        .text(row.status)
        .boolean(row.photoRequired)
        .boolean(row.notesRequired)
        .text(row.source)
        .textOrNull(row.linkedEventId)
        .textOrNull(row.createdBy)
        .timestamp(row.createdAt)
        .timestamp(row.updatedAt.isValid() ? row.updatedAt : row.createdAt);
    return id;
}

void DemoTaskWriter::completion(const QString &taskId, const DemoPerson &by, const QDateTime &at, const QString &notes)
{
    // Completed from the phone, at the store.
    const DemoLocation &location = m_world.locations[std::size_t(by.location)];
    m_tables.taskCompletions.row()
        .text(m_random.uuid())
        .text(taskId)
        .text(by.id)
        .timestamp(at)
        .textOrNull(notes)
        .decimal(location.lat + (m_random.unit() - 0.5) * 0.0004, 7)
        .decimal(location.lng + (m_random.unit() - 0.5) * 0.0004, 7)
        .text(location.address)
        .timestamp(at);
}
