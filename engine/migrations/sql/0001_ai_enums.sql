-- The plan's AI enums (seeds §3.1). TeamTime's first AI release created them without the 'auction' memory
-- scope; its current version has more agents and providers, which we keep.
SELECT pg_temp.mentats_ensure_enum('ai_agent', ARRAY['office_manager', 'revenue_optimizer']);
SELECT pg_temp.mentats_ensure_enum('ai_provider', ARRAY['anthropic', 'openai']);
SELECT pg_temp.mentats_ensure_enum('ai_memory_scope', ARRAY['user', 'location', 'auction', 'global']);
SELECT pg_temp.mentats_ensure_enum('ai_policy_scope', ARRAY['global', 'location', 'role']);
