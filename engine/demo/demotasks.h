#pragma once

#include "demo/demonotifications.h"
#include "demo/demotaskwriter.h"
#include "demo/demoworld.h"

#include <QString>
#include <vector>

class DemoRandom;
class DemoTables;
class DemoTimeline;

// task_templates, tasks and task_completions: each store's daily checklists and odd jobs over the history, all
// finished (some late, more often at DemoWorld::overdueLocation), and today's board relative to now: tasks overdue
// by one to five hours, tasks due in the next one to three hours, tasks done earlier today.
class DemoTasks
{
public:
    DemoTasks(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables);

    void generate();

private:
    struct Templates
    {
        QString opening;
        QString closing;
        QString photos;
        QString registerCount;
    };

    Templates writeTemplates(int location);
    QString writeTemplate(int location, const QString &name, const QString &description, const QString &steps,
                          const QString &recurrence, const QString &trigger, bool photo, bool notes);
    void writeHistoryDay(int location, int day, const Templates &templates);
    DemoTaskRow recurringRow(int location, const QString &templateId, const QString &title, const DemoPresence &by,
                             const QDateTime &due, const QDateTime &created) const;
    void writeManualTasks(int location, const std::vector<DemoPresence> &present);
    void finish(const DemoPresence &by, DemoTaskRow row, QDateTime completedAt, int location);
    bool runsLate(int location);
    QString pickPriority();
    void writeToday(int location, const Templates &templates);
    std::vector<const DemoPerson *> teamToday(int location) const;
    DemoTaskRow todaysManualTask(int location, const std::vector<const DemoPerson *> &team, int direction,
                                 int minMinutes, int maxMinutes);
    void writeOverdue(int location, const std::vector<const DemoPerson *> &team);
    void writeDueSoon(int location, const std::vector<const DemoPerson *> &team);
    void writeDoneToday(int location);
    void writeClosingToday(int location, const Templates &templates, const std::vector<const DemoPerson *> &team);

    DemoWorld &m_world;
    const DemoTimeline &m_timeline;
    DemoRandom &m_random;
    DemoTaskWriter m_writer;
    DemoNotifications m_notifications;
    DemoTables &m_tables;
};
