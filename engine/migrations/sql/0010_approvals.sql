-- Tool calls that need a manager's yes before they run (a tool marked "requires approval", or so configured in
-- ai_tool_config). Each waits here beside its ai_actions row; approving runs it through every check again.
CREATE TABLE IF NOT EXISTS mentats_approvals (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    action_id uuid NOT NULL REFERENCES ai_actions (id) ON DELETE CASCADE,
    run_id uuid NOT NULL,
    agent text NOT NULL,
    tool_name text NOT NULL,
    arguments jsonb NOT NULL,
    status text DEFAULT 'pending' NOT NULL,
    requested_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    decided_by text,
    decided_at timestamp with time zone,
    decision_note text,
    CONSTRAINT mentats_approvals_status_check CHECK (status IN ('pending', 'approved', 'rejected', 'expired', 'failed'))
);
CREATE INDEX IF NOT EXISTS mentats_approvals_pending_idx ON mentats_approvals (requested_at) WHERE status = 'pending';
