-- ai_config: one row per agent (seeds §3.1). Created when absent; on a TeamTime database that has it, the
-- missing columns (api_key_encrypted in the first AI release) are added and TeamTime's own columns (tone,
-- send_to_all_admins, operational hours, ...) and defaults are kept as they are.
CREATE TABLE IF NOT EXISTS ai_config (
    id serial PRIMARY KEY NOT NULL
);
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS agent ai_agent NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS enabled boolean DEFAULT false NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS provider ai_provider DEFAULT 'anthropic' NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS model text DEFAULT 'claude-3-haiku-20240307' NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS api_key_encrypted text;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS instructions text;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS cron_schedule text DEFAULT '*/15 7-19 * * *' NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS max_tokens_context integer DEFAULT 4000 NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS temperature numeric(2, 1) DEFAULT '0.3' NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS dry_run_mode boolean DEFAULT true NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER TABLE ai_config ADD COLUMN IF NOT EXISTS updated_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_unique('ai_config', 'ai_config_agent_unique', ARRAY['agent']);

-- Both agents start disabled and in dry-run: nothing reaches staff until a manager says so. Existing rows are
-- left exactly as TeamTime has them.
INSERT INTO ai_config (agent, enabled, dry_run_mode, cron_schedule)
SELECT 'office_manager', false, true, '*/15 7-19 * * *'
WHERE NOT EXISTS (SELECT 1 FROM ai_config WHERE agent = 'office_manager');
INSERT INTO ai_config (agent, enabled, dry_run_mode, cron_schedule)
SELECT 'revenue_optimizer', false, true, '0 2 * * *'
WHERE NOT EXISTS (SELECT 1 FROM ai_config WHERE agent = 'revenue_optimizer');
