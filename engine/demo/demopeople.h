#pragma once

#include "demo/demoworld.h"

#include <QSet>
#include <QString>

class DemoRandom;
class DemoTables;
class DemoTimeline;

// The stores and the people: locations, store_hours and users. Decides each person's role, home store, usual week,
// hiring and leaving dates and the habits the history will show (see demodatagenerator.cpp).
class DemoPeople
{
public:
    DemoPeople(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables);

    void generate();

private:
    void addLocation(int index);
    void writeStoreHours(const DemoLocation &location);
    void addPeople();
    void addPerson(DemoRole role, int location);
    std::array<bool, 7> usualWeek(DemoRole role);
    void giveHabits();
    void letSomeoneGo(int leavers);
    void writeUser(const DemoPerson &person);
    QString uniqueName();
    static QString claim(QSet<QString> &taken, const QString &wanted, const QString &suffix = {});

    DemoWorld &m_world;
    const DemoTimeline &m_timeline;
    DemoRandom &m_random;
    QString m_managerHash;
    DemoTables &m_tables;
    QSet<QString> m_names;
    QSet<QString> m_emails;
    QSet<QString> m_usernames;
};
