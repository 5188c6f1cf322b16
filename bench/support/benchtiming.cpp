#include "benchtiming.h"

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

BenchTiming BenchTiming::measure(int rounds, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < std::max(rounds, 1); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::ranges::sort(ms);
    return {ms[ms.size() / 2], ms.front(), ms.back(), int(ms.size())};
}
