-- The action log's text search ("containing …") looks for a fragment anywhere in an action's reasoning, parameters
-- and reasons. A trigram index (the pg_trgm extension, trusted since PostgreSQL 13, so TeamTime's owner may create it
-- where it has CREATE on the database) finds the few rows that match without reading the million that do not. Where
-- the extension cannot be created (no contrib package, or a role not allowed to) the search still works, by reading
-- the rows, and `mentats doctor` says so.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN others THEN
    RAISE WARNING 'mentats: the extension pg_trgm could not be created (%): the action log''s text search reads '
                  'every row', SQLERRM;
END
$$;

-- Exactly ActionLog's search expression (engine/actions/actionlog.cpp).
-- requires extension pg_trgm
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_ai_actions_search_idx ON ai_actions USING gin ((
    coalesce(reasoning, '') || ' ' || coalesce(tool_params::text, '') || ' ' || coalesce(blocked_reason, '') || ' ' ||
    coalesce(error, '')) gin_trgm_ops);
