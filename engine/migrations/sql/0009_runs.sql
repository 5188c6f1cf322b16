-- One row per agent run, whatever its outcome (completed, skipped and why, failed and why): the run record the
-- console inspects and the scheduler's health is read from. A scheduled slot can be claimed once across every
-- console and server (the unique index), which is what makes scheduled runs exactly-once.
CREATE TABLE IF NOT EXISTS mentats_runs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    agent text NOT NULL,                 -- ai_agent's value, as text: TeamTime may add agents we never run
    trigger text NOT NULL,               -- schedule, manual, dry_run, cli
    scheduled_slot timestamp with time zone, -- the cron slot a scheduled run stands for
    dry_run boolean DEFAULT false NOT NULL,
    status text DEFAULT 'running' NOT NULL, -- running, completed, skipped, failed
    status_reason text,                  -- why skipped or failed, one sentence
    host text,                           -- which console or server ran it
    requested_by text,                   -- the manager, for manual runs
    provider text,
    model text,
    context_summary jsonb,
    context jsonb,                       -- the structured context the prompt was built from
    system_prompt text,
    user_message text,
    rounds jsonb,                        -- every request and raw response, with attempts and timings
    input_tokens bigint DEFAULT 0 NOT NULL,
    output_tokens bigint DEFAULT 0 NOT NULL,
    cache_read_tokens bigint DEFAULT 0 NOT NULL,
    cache_write_tokens bigint DEFAULT 0 NOT NULL,
    cost_usd numeric(24, 15),            -- exact; NULL when the model's price is unknown
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT mentats_runs_trigger_check CHECK (trigger IN ('schedule', 'manual', 'dry_run', 'cli')),
    CONSTRAINT mentats_runs_status_check CHECK (status IN ('running', 'completed', 'skipped', 'failed')),
    CONSTRAINT mentats_runs_slot_check CHECK ((trigger = 'schedule') = (scheduled_slot IS NOT NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS mentats_runs_slot_idx ON mentats_runs (agent, scheduled_slot)
    WHERE scheduled_slot IS NOT NULL;
CREATE INDEX IF NOT EXISTS mentats_runs_agent_started_idx ON mentats_runs (agent, started_at DESC);
