#include "core/clock.h"

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}
