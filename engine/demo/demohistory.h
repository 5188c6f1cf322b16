#pragma once

#include "core/businesscalendar.h"

class SqlSession;

// Two weeks of what the agents did, for the demo business: the Office Manager's scheduled runs every 15 minutes
// of business hours (most skipped because nothing needed attention, the rest with one to three tool calls —
// executed, blocked by a cooldown, invalid or failed, as in production), the Revenue Optimizer's nightly runs with
// the memories it wrote, token counts and exact costs at published prices, and two calls from this morning
// waiting for a manager's approval. Written after the migrations (the tables are ours); deterministic for a seed.
// Only the log is written — the messages and tasks those actions would have created are not — so the Action Log,
// Reports and Dashboard have a history to show the moment the demo opens.
namespace DemoHistory {

struct Summary
{
    int runs = 0;
    int actions = 0;
};

Summary write(SqlSession &session, const BusinessCalendar &calendar, quint64 seed, int days = 14);

} // namespace DemoHistory
