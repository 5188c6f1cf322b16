-- Indexes the Office Manager's context needs on a large TeamTime (years of shifts and time entries), so that a run
-- reads only what is recent: who clocked out in the last half hour (without it, every time entry ever made is read),
-- and how much of each open ATM withdrawal is already allocated (without it, every allocation is read once per open
-- withdrawal).
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_time_entries_clock_out_idx ON time_entries (clock_out)
    WHERE clock_out IS NOT NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_withdrawal_allocations_withdrawal_idx ON withdrawal_allocations
    (withdrawal_id);
