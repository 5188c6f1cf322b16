-- Indexes for the engine's queries. TeamTime has none beyond primary keys and uniques; ours are named mentats_*
-- so they are easy to tell apart, and IF NOT EXISTS so re-running is harmless. Built CONCURRENTLY, after the
-- migration's transaction: TeamTime keeps writing to its tables while they are built.

-- The action log: newest first, filtered by agent, run, person or tool.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_created_at_idx ON ai_actions (created_at DESC, id DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_agent_created_at_idx ON ai_actions (agent, created_at DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_run_id_idx ON ai_actions (run_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_target_user_idx ON ai_actions (target_user_id, created_at DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_tool_created_at_idx ON ai_actions (tool_name, created_at DESC);

-- Cooldown checks: is there an unexpired cooldown for this agent/action/person/entity?
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_cooldowns_lookup_idx ON ai_cooldowns (agent, action_type, user_id, expires_at);

-- Memories and policies read by every Office Manager run.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_memory_active_idx ON ai_memory (scope, is_active, user_id, location_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_policy_notes_active_idx ON ai_policy_notes (is_active, scope, priority DESC);

-- Context queries over TeamTime's tables: today's attendance, tasks, approvals and cash.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_time_entries_user_clock_in_idx ON time_entries (user_id, clock_in DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_time_entries_open_idx ON time_entries (clock_in) WHERE clock_out IS NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_shifts_start_time_idx ON shifts (start_time, user_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_shifts_user_start_idx ON shifts (user_id, start_time DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_tasks_open_due_idx ON tasks (due_at) WHERE status IN ('not_started', 'in_progress');
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_tasks_assigned_to_idx ON tasks (assigned_to, status);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_task_completions_completed_at_idx ON task_completions (completed_at, completed_by);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_purchase_requests_pending_idx ON purchase_requests (created_at) WHERE status = 'pending';
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_atm_withdrawals_status_idx ON atm_withdrawals (status, withdrawn_at);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_conversation_participants_user_idx ON conversation_participants (user_id, conversation_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_messages_conversation_created_idx ON messages (conversation_id, created_at DESC);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_notifications_user_created_idx ON notifications (user_id, created_at DESC);
