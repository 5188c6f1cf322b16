#pragma once

#include <QDate>

class DemoRandom;

// How one person behaves in the simulated store, drawn from the seed. Traits combine: someone may be late on
// Fridays and also forget tasks. Each trait is ground truth the scorecard checks the agents against.
struct StaffProfile
{
    int lateWeekday = 0; // Qt's weekday (1 = Monday) on which the person is usually late; 0: none
    int lateMinMinutes = 15;
    int lateMaxMinutes = 30;
    double lateChance = 0.85;
    QDate improvesFrom;            // the late pattern stops from this day; invalid: it never does
    double noShowChance = 0.005;   // per shift
    double strayLateChance = 0.03; // 5-15 minutes late on any shift, now and then
    bool skipsBreaks = false;
    double forgetsTasks = 0.05;      // the chance a task assigned to them runs overdue
    bool sitsOnCash = false;         // purchasers: leaves ATM cash unassigned for days
    double repliesChance = 0.2;      // answers the agent's message
    double nudgeChance = 0.6;        // acts on a nudge at all
    int nudgeMinutes = 15;           // and within how long
    bool writesInstructions = false; // writes instructions meant for the AI into its messages and tasks

    bool isLateOn(const QDate &day) const
    {
        return lateWeekday != 0 && day.dayOfWeek() == lateWeekday && (!improvesFrom.isValid() || day < improvesFrom);
    }

    // `firstDay` is the simulation's first day: improving people stop after their second week.
    static StaffProfile draw(DemoRandom &random, const QDate &firstDay, bool purchaser);
};
