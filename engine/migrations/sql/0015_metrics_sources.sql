-- Where the Revenue Optimizer's numbers come from: POS sales and auction figures imported from CSV exports (who
-- imported what, and the column mapping kept for next time), and the mapping of POS employee ids to TeamTime users.
-- Importing a file twice changes nothing: every POS row has a key made from its content, unique here. The plan's
-- metrics tables keep exactly the plan's columns; roll-ups and the console read them by day, hence the date indexes.
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_staff_metrics_daily_date_idx ON staff_metrics_daily (date);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_location_metrics_daily_date_idx ON location_metrics_daily (date);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_time_entries_clock_in_idx ON time_entries (clock_in);

CREATE TABLE IF NOT EXISTS mentats_metrics_imports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    kind text NOT NULL,                  -- pos / auction
    file_name text NOT NULL,
    file_sha256 text NOT NULL,
    rows_read integer DEFAULT 0 NOT NULL,
    rows_imported integer DEFAULT 0 NOT NULL,
    rows_duplicate integer DEFAULT 0 NOT NULL,
    rows_rejected integer DEFAULT 0 NOT NULL,
    first_day date,
    last_day date,
    imported_by text,                    -- the TeamTime user id of the manager, or the CLI's host
    imported_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentats_metrics_imports_kind_check CHECK (kind IN ('pos', 'auction'))
);
CREATE INDEX IF NOT EXISTS mentats_metrics_imports_kind_idx ON mentats_metrics_imports (kind, imported_at DESC);

-- The column mapping last used for each kind of file, shared by every console and the CLI.
CREATE TABLE IF NOT EXISTS mentats_import_mappings (
    kind text PRIMARY KEY NOT NULL,
    mapping jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by text,
    CONSTRAINT mentats_import_mappings_kind_check CHECK (kind IN ('pos', 'auction'))
);

-- A POS employee id (as the till knows the person) and the TeamTime user it is.
CREATE TABLE IF NOT EXISTS mentats_pos_employees (
    pos_employee text PRIMARY KEY NOT NULL, -- trimmed and lower-cased
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text
);

-- One transaction, or one person's (or location's) totals for a day. Refunds are rows of their own (refunds > 0,
-- amount as the POS reports it). sold_at is the transaction's time; a day's totals are stamped at midnight of the
-- day in the business time zone.
CREATE TABLE IF NOT EXISTS mentats_pos_sales (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
    row_key text NOT NULL,               -- hash of the row's content and its occurrence in the file
    import_id uuid REFERENCES mentats_metrics_imports(id) ON DELETE SET NULL,
    sold_at timestamp with time zone NOT NULL,
    per_day boolean DEFAULT false NOT NULL,
    user_id uuid REFERENCES users(id) ON DELETE CASCADE,
    location_id uuid REFERENCES locations(id) ON DELETE SET NULL,
    transaction_ref text,
    transactions integer DEFAULT 1 NOT NULL,
    amount numeric(12, 2) NOT NULL,
    items integer,
    refunds integer DEFAULT 0 NOT NULL,
    customers integer,
    duration_seconds integer,
    till_variance numeric(10, 2),
    complaints integer DEFAULT 0 NOT NULL,
    CONSTRAINT mentats_pos_sales_row_key_unique UNIQUE (row_key),
    CONSTRAINT mentats_pos_sales_counts_check CHECK (transactions >= 0 AND refunds >= 0 AND complaints >= 0
                                                     AND (items IS NULL OR items >= 0)),
    CONSTRAINT mentats_pos_sales_who_check CHECK (user_id IS NOT NULL OR location_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS mentats_pos_sales_sold_at_idx ON mentats_pos_sales (sold_at);

-- auction_metrics.auction_id is a uuid; a CSV names auctions its own way. An auction named by something other than
-- a uuid gets a stable uuid derived from its name, and the name is kept here for people to read.
CREATE TABLE IF NOT EXISTS mentats_auctions (
    id uuid PRIMARY KEY NOT NULL,
    label text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX CONCURRENTLY IF NOT EXISTS mentats_auction_metrics_auction_date_idx ON auction_metrics (auction_id, date);
