-- What the Revenue Optimizer hands to managers rather than to the Office Manager: reports (draft_report), kept
-- for the console's Reports page and announced to admins and managers; and KPI threshold proposals
-- (propose_kpi_thresholds), which take effect only when a manager accepts them.
CREATE TABLE IF NOT EXISTS mentats_reports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    agent text NOT NULL,
    run_id uuid,                         -- the run that wrote it (mentats_runs)
    title text NOT NULL,
    summary text NOT NULL,               -- the gist, as delivered in the announcement
    body text NOT NULL,                  -- the report itself, Markdown
    period_start date,
    period_end date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentats_reports_period_check CHECK (period_start IS NULL OR period_end IS NULL
                                                   OR period_start <= period_end)
);
CREATE INDEX IF NOT EXISTS mentats_reports_created_idx ON mentats_reports (created_at DESC);

CREATE TABLE IF NOT EXISTS mentats_kpi_proposals (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    run_id uuid,
    metric text NOT NULL,                -- e.g. revenue_per_labor_hour, lateness_rate
    scope text DEFAULT 'global' NOT NULL,
    location_id uuid,
    target_role text,
    direction text NOT NULL,             -- at_least / at_most
    threshold numeric NOT NULL,
    rationale text NOT NULL,
    status text DEFAULT 'proposed' NOT NULL,
    decided_by text,
    decided_at timestamp with time zone,
    decision_note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentats_kpi_proposals_scope_check CHECK (scope IN ('global', 'location', 'role')),
    CONSTRAINT mentats_kpi_proposals_direction_check CHECK (direction IN ('at_least', 'at_most')),
    CONSTRAINT mentats_kpi_proposals_status_check
        CHECK (status IN ('proposed', 'accepted', 'rejected', 'superseded'))
);
CREATE INDEX IF NOT EXISTS mentats_kpi_proposals_status_idx ON mentats_kpi_proposals (status, created_at DESC);
