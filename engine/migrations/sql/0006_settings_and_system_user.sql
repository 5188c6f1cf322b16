-- Settings every console and server shares (the business time zone first of all), and the AI system user the
-- plan's deployment checklist asks for: the sender of the Office Manager's messages and the author of its tasks.
CREATE TABLE IF NOT EXISTS mentats_settings (
    key text PRIMARY KEY NOT NULL,
    value jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by text
);

INSERT INTO mentats_settings (key, value, updated_by)
VALUES ('business_time_zone', '"America/Los_Angeles"', 'migration')
ON CONFLICT (key) DO NOTHING;

-- "Office Manager (AI)" cannot sign in: it is inactive, has no password, and its PIN hash is a well-formed
-- Argon2id string of random bytes that no PIN produces. An existing user of that name (made by hand, following
-- the checklist) is adopted instead of duplicated.
DO $$
DECLARE
    system_user_id uuid;
BEGIN
    SELECT (value #>> '{}')::uuid INTO system_user_id FROM mentats_settings WHERE key = 'ai_system_user_id';
    IF system_user_id IS NOT NULL AND EXISTS (SELECT 1 FROM users WHERE id = system_user_id) THEN
        RETURN;
    END IF;
    SELECT id INTO system_user_id FROM users
    WHERE username = 'office-manager-ai' OR email = 'office-manager-ai@mentats.invalid' OR name = 'Office Manager (AI)'
    ORDER BY created_at LIMIT 1;
    IF system_user_id IS NULL THEN
        INSERT INTO users (email, username, pin_hash, password_hash, role, name, two_factor_enabled, is_active)
        VALUES ('office-manager-ai@mentats.invalid', 'office-manager-ai',
                '$argon2id$v=19$m=19456,t=2,p=1$'
                    || rtrim(encode(substr(decode(md5(random()::text || clock_timestamp()::text), 'hex'), 1, 16), 'base64'), '=')
                    || '$'
                    || rtrim(encode(decode(md5(random()::text) || md5(clock_timestamp()::text || random()::text), 'hex'), 'base64'), '='),
                NULL, 'staff', 'Office Manager (AI)', true, false)
        RETURNING id INTO system_user_id;
    END IF;
    INSERT INTO mentats_settings (key, value, updated_by)
    VALUES ('ai_system_user_id', to_jsonb(system_user_id::text), 'migration')
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by;
END;
$$;
