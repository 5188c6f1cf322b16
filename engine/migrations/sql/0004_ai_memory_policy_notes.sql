-- ai_memory and ai_policy_notes: what the Revenue Optimizer writes and the Office Manager reads (seeds §3.1).
-- The first AI release lacks ai_memory.auction_id; its ai_policy_notes.created_by_user_id is kept.
CREATE TABLE IF NOT EXISTS ai_memory (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS scope ai_memory_scope NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS user_id uuid;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS location_id uuid;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS auction_id uuid;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS memory_type text NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS content text NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS confidence numeric(3, 2) DEFAULT '0.50' NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS observation_count integer DEFAULT 1 NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS last_observed_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS is_active boolean DEFAULT true NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS expires_at timestamp with time zone;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS created_by_run_id uuid;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER TABLE ai_memory ADD COLUMN IF NOT EXISTS updated_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('ai_memory', 'ai_memory_user_id_users_id_fk', 'user_id', 'users', 'id', 'CASCADE');
SELECT pg_temp.mentats_ensure_fk('ai_memory', 'ai_memory_location_id_locations_id_fk', 'location_id',
                                 'locations', 'id', 'CASCADE');

CREATE TABLE IF NOT EXISTS ai_policy_notes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
);
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS scope ai_policy_scope DEFAULT 'global' NOT NULL;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS location_id uuid;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS target_role user_role;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS content text NOT NULL;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS priority integer DEFAULT 50 NOT NULL;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS is_active boolean DEFAULT true NOT NULL;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS updated_by_run_id uuid;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER TABLE ai_policy_notes ADD COLUMN IF NOT EXISTS updated_at timestamp with time zone DEFAULT now() NOT NULL;
SELECT pg_temp.mentats_ensure_fk('ai_policy_notes', 'ai_policy_notes_location_id_locations_id_fk', 'location_id',
                                 'locations', 'id', 'CASCADE');
