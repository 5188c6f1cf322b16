#include "context/tokenestimator.h"

#include <cmath>

int TokenEstimator::estimate(const QString &text, double correction)
{
    if (text.isEmpty())
        return 0;
    const double bytes = double(text.toUtf8().size());
    return std::max(1, int(std::ceil(bytes / 4.0 * correction)));
}
