#pragma once

#include "demo/demooptions.h"

class SqlSession;

// What the demo business's tills recorded, as if imported from its point of sale: for each shift worked, sales at a
// pace that differs from person to person (so that the Revenue Optimizer has something to notice), with the odd
// refund, till variance and complaint. The small demo gets one row per transaction; the large one a row per person
// per shift (the day-totals format), to keep it to millions of rows rather than tens of millions. Written after the
// migrations (mentats_pos_sales is ours); rows are keyed like an import, so writing them again adds nothing.
namespace DemoSales {

qint64 write(SqlSession &session, DemoOptions::Size size, quint64 seed);

} // namespace DemoSales
