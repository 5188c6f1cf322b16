#pragma once

#include "demo/demooptions.h"

// How big the demo business is. Small is for trying the console by hand: every pattern shows up in a glance at a
// few dozen rows. Large is for benchmarks: the same business shape at the size of a regional chain.
struct DemoScale
{
    int locations = 2;
    int admins = 1;
    int managersPerLocation = 1;
    int purchasers = 3;
    int people = 15;
    int historyDays = 56;
    int upcomingDays = 6;
    // Turnover: people who left during the history (inactive users), and the share hired during it.
    int leavers = 1;
    double hiredDuringHistory = 0.0;

    static DemoScale forSize(DemoOptions::Size size);
};
