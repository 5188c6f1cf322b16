-- Indexes for the Revenue Optimizer's history queries, found by the context benchmark on the large demo: without
-- them a month of task history read every completion once per task (over 30 s on 180k tasks).
CREATE INDEX IF NOT EXISTS mentats_task_completions_task_idx ON task_completions (task_id, completed_at);
CREATE INDEX IF NOT EXISTS mentats_tasks_due_or_created_idx ON tasks ((coalesce(due_at, created_at)));
