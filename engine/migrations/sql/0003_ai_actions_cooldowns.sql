-- ai_actions (every decision an agent made, executed or not) and ai_cooldowns (seeds §3.1). TeamTime's first
-- AI release created ai_cooldowns without its unique constraint; it is added here unless existing rows already
-- repeat, in which case they are kept and `mentats doctor` reports the missing constraint.
CREATE TABLE IF NOT EXISTS ai_actions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS agent ai_agent NOT NULL;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS run_id uuid NOT NULL;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS run_started_at timestamp with time zone NOT NULL;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS context_snapshot jsonb;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS context_tokens integer;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS reasoning text;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS tool_name text;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS tool_params jsonb;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS executed boolean DEFAULT false NOT NULL;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS execution_result jsonb;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS blocked_reason text;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS error text;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS target_user_id uuid;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS created_task_id uuid;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS created_message_id uuid;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS tokens_used integer;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS cost_cents integer;
ALTER TABLE ai_actions ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('ai_actions', 'ai_actions_target_user_id_users_id_fk', 'target_user_id',
                                 'users', 'id', 'SET NULL');
SELECT pg_temp.mentats_ensure_fk('ai_actions', 'ai_actions_created_task_id_tasks_id_fk', 'created_task_id',
                                 'tasks', 'id', 'SET NULL');
SELECT pg_temp.mentats_ensure_fk('ai_actions', 'ai_actions_created_message_id_messages_id_fk', 'created_message_id',
                                 'messages', 'id', 'SET NULL');

CREATE TABLE IF NOT EXISTS ai_cooldowns (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS agent ai_agent NOT NULL;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS user_id uuid;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS action_type text NOT NULL;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS related_entity_id uuid;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS related_entity_type text;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS expires_at timestamp with time zone NOT NULL;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS reason text;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS ai_action_id uuid;
ALTER TABLE ai_cooldowns ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('ai_cooldowns', 'ai_cooldowns_user_id_users_id_fk', 'user_id',
                                 'users', 'id', 'CASCADE');
SELECT pg_temp.mentats_ensure_fk('ai_cooldowns', 'ai_cooldowns_ai_action_id_ai_actions_id_fk', 'ai_action_id',
                                 'ai_actions', 'id', 'SET NULL');
SELECT pg_temp.mentats_ensure_unique('ai_cooldowns', 'ai_cooldowns_agent_user_id_action_type_related_entity_id_unique',
                                     ARRAY['agent', 'user_id', 'action_type', 'related_entity_id']);
