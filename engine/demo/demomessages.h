#pragma once

#include "demo/demonotifications.h"
#include "demo/demoworld.h"

class DemoRandom;
class DemoTables;
class DemoTimeline;

// Direct conversations over the last days: each store's manager with a couple of the team, and an admin with each
// store's manager. The newest message of some is still unread, with its new_message notification.
class DemoMessages
{
public:
    DemoMessages(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables);

    void generate();

private:
    void writeConversation(const DemoPerson &opener, const DemoPerson &other);
    void writeParticipant(const QString &conversationId, const DemoPerson &person, const QDateTime &joined,
                          const QDateTime &lastRead);
    const DemoPerson *activeStaffAt(int location, int skip) const;

    DemoWorld &m_world;
    const DemoTimeline &m_timeline;
    DemoRandom &m_random;
    DemoTables &m_tables;
    DemoNotifications m_notifications;
    int m_threadCursor = 0;
};
