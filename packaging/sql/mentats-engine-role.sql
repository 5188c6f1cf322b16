-- mentats-engine-role.sql: the least-privilege PostgreSQL role for the Mentats engine (the `mentats` CLI, the
-- scheduler and the console all connect with it for their day-to-day work).
--
-- Run it as TeamTime's database owner (a role that owns TeamTime's tables and may create roles) or as a superuser,
-- AFTER `mentats migrate` has been run as that owner, and again after every upgrade that brings new migrations:
--
--     psql "$OWNER_URL" -v engine_role=mentats_engine -f mentats-engine-role.sql
--     psql "$OWNER_URL" -c '\password mentats_engine'
--
-- `engine_role` is optional (default mentats_engine). The script never sets, prints or asks for a password: set it
-- with psql's \password, which sends it hashed. It runs in one transaction and is idempotent: it creates the role
-- only when it is missing (LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS, and puts
-- those attributes back on an existing role), takes back every privilege the role holds on this database's tables,
-- then grants exactly what is listed below, on the tables that exist in this TeamTime version (baseline, first AI
-- release or current). It refuses a name that is a superuser, the role running it, or a role that owns anything here.
--
-- What the role gets, and why (every statement in engine/ and src/ was read for this):
--   * SELECT on the TeamTime tables the agents' context, the metrics roll-up, the console and sign-in read:
--     users (every column but pin_hash: the console signs managers in with password_hash, nothing reads PINs),
--     user_types, locations, store_hours, shifts, time_entries, break_entries, tasks, task_templates,
--     task_completions, purchase_requests, atm_withdrawals, withdrawal_allocations, conversations,
--     conversation_participants, messages, notifications, audit_logs. Nothing on the tables it never reads
--     (sessions, two_factor_codes, push_subscriptions, app_settings, photos, info_posts, TeamTime's other AI tables).
--   * INSERT where the Office Manager's tools write: messages, conversations (and UPDATE of its updated_at only),
--     conversation_participants, tasks, notifications; INSERT on audit_logs (every console change is logged there;
--     never UPDATE or DELETE: the audit trail is append-only for the engine).
--   * On the plan's AI tables, what the code does: ai_config SELECT, UPDATE (settings, kill switch); ai_actions
--     SELECT, INSERT (the log is append-only); ai_cooldowns SELECT, INSERT, DELETE (expired cooldowns are removed);
--     ai_memory and ai_policy_notes SELECT, INSERT, UPDATE; ai_tool_config and ai_context_config SELECT, INSERT,
--     UPDATE, DELETE ("Reset to Default" removes a row).
--   * On the metrics tables: staff_metrics_daily and location_metrics_daily SELECT, INSERT, UPDATE, DELETE (a roll-up
--     replaces a day's rows and removes the stale ones); auction_metrics SELECT, INSERT, DELETE (a day imported again
--     replaces that day's figures).
--   * On the engine's own tables, every mentats_* table: SELECT, INSERT, UPDATE — except mentats_schema_migrations,
--     SELECT only: the role can tell whether the schema is up to date, never migrate it; and DELETE on
--     mentats_attendance_daily (a roll-up replaces a day's rows, like the metrics tables').
--   * USAGE on the sequences behind the columns of tables it may INSERT into (none today), CONNECT and TEMPORARY on
--     the database (the roll-up and the auction import work in temporary tables), USAGE on the tables' schema.
-- Column-level grants are used only for users (pin_hash) and conversations (UPDATE of updated_at): the other tables
-- are read whole (some as to_jsonb(row), which column grants would break across TeamTime versions).
-- Nothing else: it cannot create in any schema (on PostgreSQL 13 and 14 everyone may create in schema public unless
-- the database was tightened; the script warns then), cannot TRUNCATE, DROP or ALTER anything, cannot change users,
-- shifts or time entries, and cannot run `mentats migrate` (which says to run it as the owner). Advisory locks need
-- no privilege.

\set ON_ERROR_STOP on
\set QUIET on
\if :{?engine_role}
\else
\set engine_role mentats_engine
\endif

BEGIN;

-- psql variables are not expanded inside dollar quotes: hand the name to the DO block through a transaction-local
-- setting.
SELECT set_config('mentats.engine_role', :'engine_role', true) IS NOT NULL AS engine_role_set \gset

DO $role$
DECLARE
    engine_role text := current_setting('mentats.engine_role');
    existing pg_roles%ROWTYPE;
    -- table, privileges; tables missing from this TeamTime version are skipped.
    grants text[][] := ARRAY[
        -- TeamTime, read
        ['user_types', 'SELECT'],
        ['locations', 'SELECT'],
        ['store_hours', 'SELECT'],
        ['shifts', 'SELECT'],
        ['time_entries', 'SELECT'],
        ['break_entries', 'SELECT'],
        ['task_templates', 'SELECT'],
        ['task_completions', 'SELECT'],
        ['purchase_requests', 'SELECT'],
        ['atm_withdrawals', 'SELECT'],
        ['withdrawal_allocations', 'SELECT'],
        -- TeamTime, where the tools write
        ['tasks', 'SELECT, INSERT'],
        ['messages', 'SELECT, INSERT'],
        ['conversations', 'SELECT, INSERT, UPDATE (updated_at)'],
        ['conversation_participants', 'SELECT, INSERT'],
        ['notifications', 'SELECT, INSERT'],
        ['audit_logs', 'SELECT, INSERT'],
        -- the plan's AI tables
        ['ai_config', 'SELECT, UPDATE'],
        ['ai_actions', 'SELECT, INSERT'],
        ['ai_cooldowns', 'SELECT, INSERT, DELETE'],
        ['ai_memory', 'SELECT, INSERT, UPDATE'],
        ['ai_policy_notes', 'SELECT, INSERT, UPDATE'],
        ['ai_tool_config', 'SELECT, INSERT, UPDATE, DELETE'],
        ['ai_context_config', 'SELECT, INSERT, UPDATE, DELETE'],
        -- metrics
        ['staff_metrics_daily', 'SELECT, INSERT, UPDATE, DELETE'],
        ['location_metrics_daily', 'SELECT, INSERT, UPDATE, DELETE'],
        ['auction_metrics', 'SELECT, INSERT, DELETE'],
        -- ours
        ['mentats_schema_migrations', 'SELECT'],
        ['mentats_attendance_daily', 'SELECT, INSERT, UPDATE, DELETE']
    ];
    g text[];
    rel regclass;
    seq regclass;
    role_oid oid;
    own_schema oid := (SELECT relnamespace FROM pg_class WHERE oid = to_regclass('mentats_schema_migrations'));
    schemas oid[] := '{}';
    schema_name name;
    user_columns text;
    granted int := 0;
    skipped text[] := '{}';
BEGIN
    IF engine_role IS NULL OR engine_role = '' THEN
        RAISE EXCEPTION 'engine_role is empty: pass -v engine_role=NAME or leave it out for mentats_engine';
    END IF;
    IF to_regclass('mentats_schema_migrations') IS NULL THEN
        RAISE EXCEPTION 'This database has no Mentats schema yet: run `mentats migrate` as TeamTime''s database owner '
                        'first, then this script.';
    END IF;

    -- The role: created once, then kept to its attributes. Never a role that matters for something else.
    SELECT * INTO existing FROM pg_roles WHERE rolname = engine_role;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS',
                       engine_role);
        RAISE NOTICE 'created role %; set its password with \password %', engine_role, engine_role;
    ELSE
        IF existing.rolsuper THEN
            RAISE EXCEPTION 'The role % is a superuser: choose another name for the engine''s role.', engine_role;
        END IF;
        IF engine_role = current_user OR engine_role = session_user THEN
            RAISE EXCEPTION 'The role % is the one running this script: choose another name for the engine''s role.',
                            engine_role;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_class WHERE relowner = existing.oid)
           OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = existing.oid)
           OR EXISTS (SELECT 1 FROM pg_database WHERE datname = current_database() AND datdba = existing.oid) THEN
            RAISE EXCEPTION 'The role % owns objects in this database: choose another name for the engine''s role.',
                            engine_role;
        END IF;
        IF NOT existing.rolcanlogin THEN EXECUTE format('ALTER ROLE %I LOGIN', engine_role); END IF;
        IF existing.rolinherit THEN EXECUTE format('ALTER ROLE %I NOINHERIT', engine_role); END IF;
        IF existing.rolcreatedb THEN EXECUTE format('ALTER ROLE %I NOCREATEDB', engine_role); END IF;
        IF existing.rolcreaterole THEN EXECUTE format('ALTER ROLE %I NOCREATEROLE', engine_role); END IF;
        IF existing.rolreplication THEN EXECUTE format('ALTER ROLE %I NOREPLICATION', engine_role); END IF;
        IF existing.rolbypassrls THEN EXECUTE format('ALTER ROLE %I NOBYPASSRLS', engine_role); END IF;
        IF EXISTS (SELECT 1 FROM pg_auth_members WHERE member = existing.oid) THEN
            RAISE WARNING 'The role % is a member of other roles (%): it can SET ROLE to them and use their '
                          'privileges. Revoke those memberships to keep it least-privileged.', engine_role,
                          (SELECT string_agg(r.rolname, ', ') FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                           WHERE m.member = existing.oid);
        END IF;
    END IF;

    role_oid := (SELECT oid FROM pg_roles WHERE rolname = engine_role);

    -- Start from nothing: what an earlier version of this script granted and this one does not goes away.
    FOR rel IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
          AND (EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee = role_oid)
               OR EXISTS (SELECT 1 FROM pg_attribute att, aclexplode(att.attacl) a
                          WHERE att.attrelid = c.oid AND a.grantee = role_oid))
    LOOP
        IF (SELECT relkind FROM pg_class WHERE oid = rel) = 'S' THEN
            EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', rel, engine_role);
        ELSE
            EXECUTE format('REVOKE ALL ON TABLE %s FROM %I', rel, engine_role);
        END IF;
    END LOOP;

    -- Every mentats_* table but the migrations' record: the engine's own data.
    FOR rel IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relkind IN ('r', 'p') AND c.relname LIKE 'mentats\_%' AND c.relname <> 'mentats_schema_migrations'
          AND c.relnamespace = own_schema
        ORDER BY c.relname
    LOOP
        grants := grants || ARRAY[[rel::text, 'SELECT, INSERT, UPDATE']];
    END LOOP;

    FOREACH g SLICE 1 IN ARRAY grants LOOP
        rel := to_regclass(g[1]);
        IF rel IS NULL THEN
            skipped := skipped || g[1];
            CONTINUE;
        END IF;
        EXECUTE format('GRANT %s ON TABLE %s TO %I', g[2], rel, engine_role);
        granted := granted + 1;
        schemas := schemas || (SELECT relnamespace FROM pg_class WHERE oid = rel);
        -- Serial and identity columns of tables it inserts into: their sequences.
        IF g[2] LIKE '%INSERT%' THEN
            FOR seq IN
                SELECT d.objid::regclass FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.refobjid = rel AND d.deptype IN ('a', 'i')
            LOOP
                EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', seq, engine_role);
            END LOOP;
        END IF;
    END LOOP;

    -- users: every column but the PIN hash.
    rel := to_regclass('users');
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO user_columns
    FROM pg_attribute WHERE attrelid = rel AND attnum > 0 AND NOT attisdropped AND attname <> 'pin_hash';
    EXECUTE format('GRANT SELECT (%s) ON TABLE %s TO %I', user_columns, rel, engine_role);
    granted := granted + 1;

    -- The schemas those tables live in (public, normally), and the database itself.
    schemas := schemas || (SELECT relnamespace FROM pg_class WHERE oid = rel);
    FOR schema_name IN SELECT DISTINCT nspname FROM pg_namespace WHERE oid = ANY (schemas) ORDER BY nspname
    LOOP
        IF NOT has_schema_privilege(engine_role, schema_name, 'USAGE') THEN
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, engine_role);
        END IF;
        IF has_schema_privilege(engine_role, schema_name, 'CREATE') THEN
            RAISE WARNING 'Every role may create tables in schema % (PostgreSQL before 15 allows it by default), so % '
                          'can too. To stop that: REVOKE CREATE ON SCHEMA % FROM PUBLIC;', schema_name, engine_role,
                          quote_ident(schema_name);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), engine_role);

    RAISE NOTICE 'role % may now work on % tables of database "%"%', engine_role, granted, current_database(),
                 CASE WHEN cardinality(skipped) = 0 THEN ''
                      ELSE format(' (not in this TeamTime version: %s)', array_to_string(skipped, ', ')) END;
END
$role$;

COMMIT;

\echo 'Done. If the role is new, set its password now:  \\password' :"engine_role"
