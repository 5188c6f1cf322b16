-- What the console configures beyond the plan's ai_config, kept in tables of ours so that TeamTime's own columns and
-- enums stay as TeamTime has them:
--  - mentats_agent_settings: the provider when it is one TeamTime's ai_provider enum does not have (rules,
--    openai-compatible), its base URL, the tone where ai_config has no tone column, the daily budget;
--  - mentats_instruction_versions: every saved version of an agent's custom instructions (who, when, note), so that
--    a manager can see the history, compare two versions and roll back.
CREATE TABLE IF NOT EXISTS mentats_agent_settings (
    agent text PRIMARY KEY NOT NULL,
    provider text,                       -- NULL: ai_config.provider
    base_url text,
    tone text,                           -- used where ai_config has no tone column
    daily_budget_usd numeric(12, 4),     -- NULL: no cap
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by text,
    CONSTRAINT mentats_agent_settings_provider_check
        CHECK (provider IS NULL OR provider IN ('anthropic', 'openai', 'openai-compatible', 'rules')),
    CONSTRAINT mentats_agent_settings_budget_check CHECK (daily_budget_usd IS NULL OR daily_budget_usd >= 0)
);

CREATE TABLE IF NOT EXISTS mentats_instruction_versions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    agent text NOT NULL,
    version integer NOT NULL,
    instructions text NOT NULL,
    note text,
    created_by text,                     -- the TeamTime user id of the manager
    created_by_name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentats_instruction_versions_agent_version_unique UNIQUE (agent, version)
);
