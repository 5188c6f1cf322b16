-- The action log is filtered by what became of each action (executed, blocked, dry run, ...). That status is an
-- expression over ai_actions (the executor records it in execution_result; older rows derive it), so it gets an
-- expression index: filtering a million rows by status is then an index walk instead of a scan, and the planner
-- knows how many rows each status has. ActionLog uses exactly this expression.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_status_created_at_idx ON ai_actions ((
    CASE WHEN tool_name IS NULL THEN 'observation' ELSE coalesce(execution_result ->> 'status', CASE
        WHEN executed THEN 'executed' WHEN error IS NOT NULL THEN 'failed' WHEN blocked_reason IS NOT NULL
        THEN 'blocked' ELSE 'unknown' END) END), created_at DESC, id DESC);

-- The tool definitions a run offered the model (name, description, JSON Schema), so that a run can be inspected and
-- replayed exactly as it was, even after the tools change.
ALTER TABLE mentats_runs ADD COLUMN IF NOT EXISTS tools jsonb;
