#include "demo/demoscale.h"

DemoScale DemoScale::forSize(DemoOptions::Size size)
{
    DemoScale scale;
    if (size == DemoOptions::Size::Small)
        return scale;
    scale.locations = 36;
    scale.admins = 4;
    scale.managersPerLocation = 2;
    scale.purchasers = 108;
    scale.people = 2400;
    scale.historyDays = 730;
    scale.leavers = 120;
    scale.hiredDuringHistory = 0.15;
    return scale;
}
