#pragma once

#include <functional>

// Runs a piece of work a number of times and keeps the median (this machine is shared and noisy: medians, not
// means), the fastest and the slowest run.
struct BenchTiming
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int rounds = 0;

    static BenchTiming measure(int rounds, const std::function<void()> &work);
};
