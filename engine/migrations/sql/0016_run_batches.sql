-- The Revenue Optimizer's nightly run may go through Anthropic's Message Batches API (half price, results within
-- 24 hours). A run that submitted a batch stays "running" without holding its agent's lock; this table keeps what is
-- needed to finish it in any later process: the batch's id, where it was sent (never the key), the request as sent
-- and the run's log fields. state: pending (submitted, not ended), collecting (its tool calls are being applied:
-- never collected twice), collected, failed. At most one unfinished batch per agent (the partial unique index), so a
-- later slot never submits a second one while one is pending.
ALTER TABLE mentats_agent_settings ADD COLUMN IF NOT EXISTS use_batch boolean DEFAULT false NOT NULL;
ALTER TABLE mentats_runs ADD COLUMN IF NOT EXISTS service_tier text; -- "batch" for a batch's answer; NULL: standard

CREATE TABLE IF NOT EXISTS mentats_run_batches (
    run_id uuid PRIMARY KEY REFERENCES mentats_runs(id) ON DELETE CASCADE,
    agent text NOT NULL,
    batch_id text NOT NULL,              -- Anthropic's msgbatch_... id
    custom_id text NOT NULL,             -- our request's id inside the batch
    base_url text NOT NULL,              -- the API address it was submitted to; results are fetched there only
    request jsonb NOT NULL,              -- the Messages request (params) as submitted
    run_started_at timestamp with time zone NOT NULL, -- the run's start as its actions record it
    context_tokens integer DEFAULT 0 NOT NULL,
    state text DEFAULT 'pending' NOT NULL,
    processing_status text,              -- as the API last reported it: in_progress, canceling, ended
    polls integer DEFAULT 0 NOT NULL,
    last_polled_at timestamp with time zone,
    last_problem text,                   -- why the last poll could not read the batch
    submitted_at timestamp with time zone DEFAULT now() NOT NULL,
    finished_at timestamp with time zone,
    CONSTRAINT mentats_run_batches_state_check CHECK (state IN ('pending', 'collecting', 'collected', 'failed'))
);
CREATE UNIQUE INDEX IF NOT EXISTS mentats_run_batches_unfinished_idx ON mentats_run_batches (agent)
    WHERE state IN ('pending', 'collecting');
