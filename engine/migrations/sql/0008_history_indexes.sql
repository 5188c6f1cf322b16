-- Indexes for the Revenue Optimizer's history queries, found by the context benchmark on the large demo: without
-- them a month of task history read every completion once per task (over 30 s on 180k tasks), and attendance
-- history looked up each shift's clock-in by scanning the person's whole history.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_task_completions_task_idx ON task_completions (task_id, completed_at);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_tasks_due_or_created_idx ON tasks ((coalesce(due_at, created_at)));
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_time_entries_shift_idx ON time_entries (shift_id, clock_in);
