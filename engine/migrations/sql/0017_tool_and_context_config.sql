-- Managers' per-agent tool and context settings, in TeamTime's own tables where current TeamTime has them:
-- ai_tool_config (a tool on or off, approval, cooldowns, hourly rate limit) and ai_context_config (a context module
-- on or off, its priority, an "always include" note). Where they are missing (the baseline, TeamTime's first AI
-- release) they are created in current TeamTime's shape, so that TeamTime, the console and the engine read and
-- write the same rows; where TeamTime has them, they and their rows are kept exactly as they are.
DO $$
BEGIN
    IF to_regclass('ai_tool_config') IS NULL THEN
        CREATE TABLE ai_tool_config (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
            agent text NOT NULL,
            tool_name text NOT NULL,
            is_enabled boolean DEFAULT true NOT NULL,
            requires_confirmation boolean DEFAULT false NOT NULL,
            cooldown_per_user_minutes integer,
            cooldown_global_minutes integer,
            rate_limit_max_per_hour integer,
            created_at timestamp with time zone DEFAULT now() NOT NULL,
            updated_at timestamp with time zone DEFAULT now() NOT NULL,
            CONSTRAINT ai_tool_config_agent_tool_name_unique UNIQUE (agent, tool_name)
        );
        -- Says who created it: `mentats doctor` must not take this database for current TeamTime because of it.
        COMMENT ON TABLE ai_tool_config IS 'mentats: created in current TeamTime''s shape';
    END IF;
    IF to_regclass('ai_context_config') IS NULL THEN
        CREATE TABLE ai_context_config (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
            agent text NOT NULL,
            provider_id text NOT NULL,
            is_enabled boolean DEFAULT true NOT NULL,
            priority_override integer,
            custom_context text,
            created_at timestamp with time zone DEFAULT now() NOT NULL,
            updated_at timestamp with time zone DEFAULT now() NOT NULL,
            CONSTRAINT ai_context_config_agent_provider_id_unique UNIQUE (agent, provider_id)
        );
        COMMENT ON TABLE ai_context_config IS 'mentats: created in current TeamTime''s shape';
    END IF;
END;
$$;

-- One row per agent and tool, per agent and provider (TeamTime has these constraints; kept when present).
SELECT pg_temp.mentats_ensure_unique('ai_tool_config', 'ai_tool_config_agent_tool_name_unique',
                                     ARRAY['agent', 'tool_name']);
SELECT pg_temp.mentats_ensure_unique('ai_context_config', 'ai_context_config_agent_provider_id_unique',
                                     ARRAY['agent', 'provider_id']);
