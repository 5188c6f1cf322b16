#pragma once

#include "simulation/simulatedclock.h"

// The tests' clock is the simulator's: it stands still until a test moves it (setNow, advanceSecs), and engine work
// on database worker threads may read it while a test moves it.
using FixedClock = SimulatedClock;
