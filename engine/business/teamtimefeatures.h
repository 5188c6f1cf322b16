#pragma once

// Which of TeamTime's later tables and columns this database has: what the agents' SQL may rely on.
struct TeamTimeFeatures
{
    bool breakEntries = false; // current TeamTime: a person on a break is neither late nor missing
    bool userTypes = false;    // current TeamTime: users of type "Vendor" are not staff
    bool timeEntryLocations = false;
};
