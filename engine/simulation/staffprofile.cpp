#include "simulation/staffprofile.h"

#include "demo/demorandom.h"

StaffProfile StaffProfile::draw(DemoRandom &random, const QDate &firstDay, bool purchaser)
{
    StaffProfile profile;
    if (random.chance(0.15)) {
        profile.lateWeekday = random.between(1, 6);
        profile.lateMinMinutes = 15;
        profile.lateMaxMinutes = 30;
        if (random.chance(0.5))
            profile.improvesFrom = firstDay.addDays(14);
    }
    if (random.chance(0.08))
        profile.noShowChance = 0.08;
    profile.skipsBreaks = random.chance(0.2);
    if (random.chance(0.2))
        profile.forgetsTasks = 0.5;
    profile.sitsOnCash = purchaser && random.chance(0.5);
    profile.repliesChance = random.chance(0.3) ? 0.7 : 0.1;
    profile.nudgeChance = 0.3 + 0.6 * random.unit();
    profile.nudgeMinutes = random.between(5, 30);
    profile.writesInstructions = random.chance(0.05);
    return profile;
}
