-- Session-local helpers for the migrations. They live in pg_temp, so they vanish with the session (or with a
-- rolled-back transaction) and leave nothing behind in TeamTime's database. Each one adopts what exists:
-- it adds only what is missing, never drops, never rewrites rows.

-- Creates an enum type with the wanted labels, or adds the labels an existing type lacks, each placed after its
-- predecessor in `wanted`. Labels the type has and we do not know are kept. PostgreSQL 12+ allows ADD VALUE in
-- a transaction; the new label must not be used before the transaction commits, so no migration uses a label it
-- adds.
CREATE OR REPLACE FUNCTION pg_temp.mentats_ensure_enum(type_name text, wanted text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    type_oid oid := to_regtype(type_name);
    i int;
    first_label text;
BEGIN
    IF type_oid IS NULL THEN
        EXECUTE format('CREATE TYPE %I AS ENUM (%s)', type_name,
                       (SELECT string_agg(quote_literal(v), ', ' ORDER BY o) FROM unnest(wanted) WITH ORDINALITY AS u(v, o)));
        RETURN;
    END IF;
    FOR i IN 1 .. array_length(wanted, 1) LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_enum WHERE enumtypid = type_oid AND enumlabel = wanted[i]);
        IF i > 1 THEN
            EXECUTE format('ALTER TYPE %I ADD VALUE %L AFTER %L', type_name, wanted[i], wanted[i - 1]);
        ELSE
            SELECT enumlabel INTO first_label FROM pg_enum WHERE enumtypid = type_oid ORDER BY enumsortorder LIMIT 1;
            EXECUTE format('ALTER TYPE %I ADD VALUE %L BEFORE %L', type_name, wanted[i], first_label);
        END IF;
    END LOOP;
END;
$$;

-- True when `tbl` has a unique constraint or plain unique index on exactly the columns `cols` (any order).
CREATE OR REPLACE FUNCTION pg_temp.mentats_has_unique(tbl regclass, cols text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_index ix
        WHERE ix.indrelid = tbl AND ix.indisunique AND ix.indpred IS NULL AND ix.indexprs IS NULL
          AND ix.indnkeyatts = cardinality(cols)
          AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text)
                 FROM pg_attribute a WHERE a.attrelid = tbl AND a.attnum = ANY (ix.indkey))
              = (SELECT array_agg(c ORDER BY c) FROM unnest(cols) AS c));
$$;

-- Adds UNIQUE (cols) named `con_name` unless an equivalent one exists. When existing rows already break it we
-- keep the rows, skip the constraint with a warning, and `mentats doctor` reports it.
CREATE OR REPLACE FUNCTION pg_temp.mentats_ensure_unique(tbl regclass, con_name text, cols text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    col_list text := (SELECT string_agg(quote_ident(c), ', ') FROM unnest(cols) AS c);
    all_set text := (SELECT string_agg(quote_ident(c) || ' IS NOT NULL', ' AND ') FROM unnest(cols) AS c);
    has_duplicates boolean;
BEGIN
    IF pg_temp.mentats_has_unique(tbl, cols) THEN
        RETURN;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1)', tbl, all_set, col_list)
        INTO has_duplicates;
    IF has_duplicates THEN
        RAISE WARNING 'mentats: % has rows that repeat (%); unique constraint % not added', tbl, col_list, con_name;
        RETURN;
    END IF;
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I UNIQUE (%s)', tbl, con_name, col_list);
END;
$$;

-- Adds FOREIGN KEY (col) REFERENCES ref(refcol) ON DELETE `on_delete` unless `tbl` already has a foreign key on
-- exactly that column to that table. Existing rows that point nowhere are kept: the key is then added NOT VALID
-- (enforced for new rows, existing ones untouched).
CREATE OR REPLACE FUNCTION pg_temp.mentats_ensure_fk(tbl regclass, con_name text, col text, ref regclass,
                                                     refcol text, on_delete text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    has_orphans boolean;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_constraint c
               WHERE c.conrelid = tbl AND c.contype = 'f' AND c.confrelid = ref
                 AND c.conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = tbl AND attname = col)]) THEN
        RETURN;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s t WHERE t.%I IS NOT NULL AND NOT EXISTS '
                   '(SELECT 1 FROM %s r WHERE r.%I = t.%I))', tbl, col, ref, refcol, col)
        INTO has_orphans;
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES %s (%I) ON DELETE %s ON UPDATE NO ACTION%s',
                   tbl, con_name, col, ref, refcol, on_delete, CASE WHEN has_orphans THEN ' NOT VALID' ELSE '' END);
END;
$$;
