#pragma once

#include "demo/demoworld.h"

#include <QDateTime>
#include <QString>

class DemoRandom;
class DemoTables;

// Writes notifications rows, the in-app bell TeamTime fills when something happens to someone.
class DemoNotifications
{
public:
    DemoNotifications(DemoRandom &random, DemoTables &tables);

    // `type` is a notification_type; `entityKey`/`entityId` become the data object, e.g. {"taskId": "..."}.
    void send(const DemoPerson &to, const QString &type, const QString &title, const QString &body,
              const QString &entityKey, const QString &entityId, const QDateTime &at, const QDateTime &readAt = {});

private:
    DemoRandom &m_random;
    DemoTables &m_tables;
};
