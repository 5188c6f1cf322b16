#pragma once

#include "core/businesscalendar.h"
#include "demo/demooptions.h"

class SqlSession;

// How much demo data was written, table by table.
struct DemoSummary
{
    int locations = 0;
    int users = 0;
    int shifts = 0;
    int timeEntries = 0;
    int tasks = 0;
    int taskCompletions = 0;
    int purchaseRequests = 0;
    int atmWithdrawals = 0;
    int conversations = 0;
    int messages = 0;
    int notifications = 0;
};

// Fills an empty TeamTime baseline schema with a believable business, deterministic for a given seed and laid out
// relative to "now" in the business time zone: today's shifts (someone 20+ minutes late, someone on a long shift,
// someone who already clocked out), tasks overdue by 1-5 hours, due soon and done, pending purchase requests, ATM
// withdrawals unassigned for 3+ days, and 8 weeks of history with patterns worth noticing (one person is often
// late on Fridays). Large: thousands of people, dozens of locations, two years of history.
class DemoDataGenerator
{
public:
    DemoDataGenerator(DemoOptions options, BusinessCalendar calendar);

    // Blocking; runs on a database worker thread. Writes everything in one transaction.
    DemoSummary generate(SqlSession &session) const;

private:
    DemoOptions m_options;
    BusinessCalendar m_calendar;
};
