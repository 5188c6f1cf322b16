-- A replay runs a recorded run's context and prompt again against another model, provider or instruction version,
-- as a dry run. replay_of links the replay to the run it replays, so that the console can show the two side by side
-- and list a run's replays; deleting the original keeps its replays (the link becomes NULL).
ALTER TABLE mentats_runs ADD COLUMN IF NOT EXISTS replay_of uuid REFERENCES mentats_runs(id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS mentats_runs_replay_of_idx ON mentats_runs (replay_of) WHERE replay_of IS NOT NULL;
